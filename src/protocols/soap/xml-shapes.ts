import { escapeXml } from './xml-text.js';

/**
 * The response side of the XSD, as data: each complex type lists its elements in sequence
 * order (key order), `[shape]` marks a repeated element, a trailing `?` an optional one.
 * Serialising from these, not from object key order, keeps every answer schema-valid.
 */
export type Scalar = 'int' | 'string' | 'boolean' | 'dateTime';
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
  totalCents: 'int',
  createdAt: 'dateTime',
  updatedAt: 'dateTime',
} as const;
export const cartShape = { items: [{ productId: 'int', quantity: 'int' }], totalCents: 'int' } as const;

/** A list response: the items, then the paging elements every list carries. */
export const pageShape = (item: Shape) => ({ items: [item], total: 'int', limit: 'int', offset: 'int' }) as const;

export const shopFaultShape = {
  code: 'string',
  message: 'string',
  fields: [{ path: 'string', message: 'string' }],
  retryAfterSeconds: 'int?',
} as const;

function scalarText(kind: string, value: unknown): string {
  if (kind.startsWith('boolean')) return value ? 'true' : 'false';
  return escapeXml(String(value));
}

/** The content of an element of this shape (not the element's own tags). */
export function writeContent(shape: Shape, value: unknown): string {
  if (typeof shape === 'string') return scalarText(shape, value);
  let out = '';
  const fields = (value ?? {}) as Record<string, unknown>;
  for (const [name, inner] of Object.entries(shape as Record<string, Shape>)) {
    const child = fields[name];
    if (Array.isArray(inner)) {
      for (const item of (child ?? []) as unknown[]) out += `<${name}>${writeContent(inner[0] as Shape, item)}</${name}>`;
    } else if (child !== undefined && child !== null) {
      out += `<${name}>${writeContent(inner, child)}</${name}>`;
    } else if (typeof inner !== 'string' || !inner.endsWith('?')) {
      // A required element with no value means the code and the contract disagree.
      throw new Error(`Response element ${name} is missing.`);
    }
  }
  return out;
}

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
