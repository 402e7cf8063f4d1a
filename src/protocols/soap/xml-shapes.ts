import { escapeXml } from './xml-text.js';

/**
 * The response side of the XSD, as data: each complex type lists its elements in sequence
 * order (key order), `[shape]` marks a repeated element, a trailing `?` an optional one.
 * Serialising from these, not from object key order, keeps every answer schema-valid.
 */
export type Scalar = 'int' | 'long' | 'string' | 'boolean' | 'dateTime';
export type Shape = Scalar | `${Scalar}?` | readonly [Shape] | { readonly [element: string]: Shape };

export const categoryShape = { id: 'int', name: 'string', slug: 'string', description: 'string' } as const;
export const productShape = {
  id: 'int',
  sku: 'string',
  name: 'string',
  description: 'string',
  priceCents: 'int',
  currency: 'string',
  stock: 'int',
  categoryId: 'int',
  createdAt: 'dateTime',
  updatedAt: 'dateTime',
} as const;
export const reviewShape = {
  id: 'int',
  productId: 'int',
  customerId: 'int',
  rating: 'int',
  title: 'string',
  body: 'string',
  createdAt: 'dateTime',
} as const;
export const reviewerShape = { id: 'int', name: 'string' } as const;
/** A review as ListReviews returns it: the Review elements, then its author. */
export const reviewWithAuthorShape = { ...reviewShape, author: reviewerShape } as const;
export const customerShape = { id: 'int', email: 'string', name: 'string', role: 'string', createdAt: 'dateTime' } as const;
export const orderShape = {
  id: 'int',
  customerId: 'int',
  status: 'string',
  items: [{ productId: 'int', quantity: 'int', unitPriceCents: 'int' }],
  totalCents: 'long',
  createdAt: 'dateTime',
  updatedAt: 'dateTime',
} as const;
export const cartShape = { items: [{ productId: 'int', quantity: 'int' }], totalCents: 'long' } as const;

/** A list response: the items, then the paging elements every list carries. */
export const pageShape = (item: Shape) => ({ items: [item], total: 'int', limit: 'int', offset: 'int' }) as const;

export const shopFaultShape = {
  code: 'string',
  message: 'string',
  fields: [{ path: 'string', message: 'string' }],
  retryAfterSeconds: 'int?',
} as const;

type Writer = (value: unknown) => string;

const writeBoolean: Writer = (value) => (value ? 'true' : 'false');
// A number's digits need no escaping; anything else goes through escapeXml.
const writeText: Writer = (value) => (typeof value === 'number' ? String(value) : escapeXml(String(value)));

interface FieldWriter {
  name: string;
  open: string;
  close: string;
  repeated: boolean;
  optional: boolean;
  write: Writer;
}

const compiledWriters = new WeakMap<object, Writer>();

/**
 * A shape turned once into a function that writes its content: the field list, tags and
 * child writers are worked out on first use, not on every element of every response.
 */
function writerOf(shape: Shape): Writer {
  if (typeof shape === 'string') return shape.startsWith('boolean') ? writeBoolean : writeText;
  const known = compiledWriters.get(shape);
  if (known) return known;
  const fields: FieldWriter[] = Object.entries(shape as Record<string, Shape>).map(([name, inner]) => ({
    name,
    open: `<${name}>`,
    close: `</${name}>`,
    repeated: Array.isArray(inner),
    optional: typeof inner === 'string' && inner.endsWith('?'),
    write: writerOf(Array.isArray(inner) ? (inner[0] as Shape) : (inner as Shape)),
  }));
  const writer: Writer = (value) => {
    const record = (value ?? {}) as Record<string, unknown>;
    let out = '';
    for (const field of fields) {
      const child = record[field.name];
      if (field.repeated) {
        for (const item of (child ?? []) as unknown[]) out += field.open + field.write(item) + field.close;
      } else if (child !== undefined && child !== null) {
        out += field.open + field.write(child) + field.close;
      } else if (!field.optional) {
        // A required element with no value means the code and the contract disagree.
        throw new Error(`Response element ${field.name} is missing.`);
      }
    }
    return out;
  };
  compiledWriters.set(shape, writer);
  return writer;
}

/** The content of an element of this shape (not the element's own tags). */
export const writeContent = (shape: Shape, value: unknown): string => writerOf(shape)(value);

/** `<name xmlns="shop namespace">…</name>`: children inherit the namespace (elementFormDefault qualified). */
export const writeElement = (name: string, namespace: string, shape: Shape, value: unknown): string =>
  `<${name} xmlns="${namespace}">${writeContent(shape, value)}</${name}>`;

/**
 * The value with its keys in the shape's (schema) order, unknown keys dropped: for serialisers
 * that follow object key order, such as node-soap's.
 */
export function inShapeOrder(shape: Shape, value: unknown): unknown {
  if (typeof shape === 'string' || value === null || typeof value !== 'object') return value;
  const fields = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const [name, inner] of Object.entries(shape as Record<string, Shape>)) {
    const child = fields[name];
    if (child === undefined) continue;
    ordered[name] = Array.isArray(inner) ? (child as unknown[]).map((item) => inShapeOrder(inner[0] as Shape, item)) : inShapeOrder(inner, child);
  }
  return ordered;
}
