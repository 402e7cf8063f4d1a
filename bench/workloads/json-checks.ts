import { benchProductId, pageSize } from '../workload-constants.js';
import { isRecord, parseJson } from './http-call.js';
import type { ExpectedData } from './workload-types.js';

/** GraphQL and SOAP carry ids as strings; REST as numbers. Both mean the same id. */
const sameId = (value: unknown, id: number): boolean => value === id || value === String(id);

export function checkProduct(value: unknown, expected: ExpectedData): string | undefined {
  if (!isRecord(value)) return 'no product object';
  if (!sameId(value.id, expected.product.id)) return `product id ${String(value.id)}, expected ${expected.product.id}`;
  if (value.name !== expected.product.name) return `product name ${String(value.name)}, expected ${expected.product.name}`;
  return undefined;
}

/** 20 products, each with its own category's name (embedded or joined, as the protocol does it). */
export function checkPage(items: unknown, expected: ExpectedData, categoryName: (item: Record<string, unknown>) => unknown): string | undefined {
  if (!Array.isArray(items)) return 'no list of products';
  if (items.length !== pageSize) return `${items.length} products, expected ${pageSize}`;
  if (new Set(items.map((item: unknown) => (isRecord(item) ? String(item.id) : ''))).size !== pageSize) return 'the page repeats a product';
  for (const item of items) {
    if (!isRecord(item)) return 'a list entry is not a product';
    const id = Number(item.id);
    const name = categoryName(item);
    const want = expected.categoryNameByProductId.get(id);
    if (want === undefined) return `product ${String(item.id)} is not a seeded product`;
    if (name !== want) return `product ${id} has category name ${String(name)}, expected ${want}`;
  }
  return undefined;
}

export function checkPendingOrder(value: unknown): string | undefined {
  if (!isRecord(value)) return 'no order object';
  if (value.id === undefined || value.id === null) return 'order without id';
  if (value.status !== 'pending') return `order status ${String(value.status)}, expected pending`;
  const items = value.items;
  const first: unknown = Array.isArray(items) ? items[0] : undefined;
  if (!isRecord(first) || !sameId(first.productId, benchProductId)) return `order does not hold product ${benchProductId}`;
  return undefined;
}

/** Parses a JSON body and hands it to `check`; unparseable bodies are wrong. */
export const jsonCheck =
  (check: (value: unknown) => string | undefined) =>
  (body: string): string | undefined => {
    const value = parseJson(body);
    return value === undefined ? `not JSON: ${body.slice(0, 120)}` : check(value);
  };
