/** The list queries every protocol offers, with one meaning for all of them. */

export interface PageRequest {
  limit: number;
  offset: number;
}

export type SortDirection = 'asc' | 'desc';

export interface SortKey<F extends string> {
  field: F;
  direction: SortDirection;
}

export const productSortFields = ['id', 'name', 'priceCents', 'stock', 'createdAt', 'updatedAt'] as const;
export type ProductSortField = (typeof productSortFields)[number];

export interface ProductFilter {
  categoryId?: number;
  /** Case-insensitive text search in name, description and SKU. */
  q?: string;
  minPriceCents?: number;
  maxPriceCents?: number;
  inStock?: boolean;
}

export interface ProductQuery extends PageRequest {
  filter: ProductFilter;
  sort: SortKey<ProductSortField>[];
}

export const orderSortFields = ['id', 'createdAt', 'totalCents'] as const;
export type OrderSortField = (typeof orderSortFields)[number];

export interface OrderFilter {
  status?: 'pending' | 'paid' | 'shipped' | 'cancelled';
  /** Admins only: the orders of one customer. */
  customerId?: number;
}

export interface OrderQuery extends PageRequest {
  filter: OrderFilter;
  sort: SortKey<OrderSortField>[];
}

export const reviewSortFields = ['id', 'rating', 'createdAt'] as const;
export type ReviewSortField = (typeof reviewSortFields)[number];

export interface ReviewQuery extends PageRequest {
  sort: SortKey<ReviewSortField>[];
}

export const defaultLimit = 20;
export const maxLimit = 100;
/** Deeper pages are refused: nobody pages a million rows by offset. */
export const maxOffset = 1_000_000;
/** Price filters, in cents: the largest 32-bit integer, as SOAP's xsd:int and GraphQL's Int allow. */
export const maxPriceFilter = 2_147_483_647;

/**
 * Parses `priceCents,-createdAt` into sort keys. Returns the names it did not know, so each
 * protocol can report them in its own error shape.
 */
export function parseSortList<F extends string>(
  text: string,
  allowed: readonly F[],
): { keys: SortKey<F>[]; unknown: string[] } {
  const keys: SortKey<F>[] = [];
  const unknown: string[] = [];
  for (const raw of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const direction: SortDirection = raw.startsWith('-') ? 'desc' : 'asc';
    const name = raw.replace(/^[-+]/, '');
    if ((allowed as readonly string[]).includes(name)) keys.push({ field: name as F, direction });
    else unknown.push(name);
  }
  return { keys, unknown };
}
