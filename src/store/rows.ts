import type { Category, Customer, Product, Review, Role } from '../domain/entities.js';
import type { CustomerRecord } from './store-types.js';

/** Column lists and row → entity mappers: snake_case stays in the store. */

export const productColumns =
  'id, sku, name, description, price_cents AS priceCents, currency, stock, category_id AS categoryId, created_at AS createdAt, updated_at AS updatedAt';
export const categoryColumns = 'id, name, slug, description';
export const reviewColumns =
  'id, product_id AS productId, customer_id AS customerId, rating, title, body, created_at AS createdAt';
export const customerColumns = 'id, email, name, role, created_at AS createdAt';

type ProductRow = [number, string, string, string, number, Product['currency'], number, number, string, string];
/**
 * A product from a raw row of `productColumns`, keys in the same order as the object rows:
 * better-sqlite3 builds row objects key by key, which cost twice as much as the arrays.
 */
export const productFromRaw = (row: unknown): Product => {
  const [id, sku, name, description, priceCents, currency, stock, categoryId, createdAt, updatedAt] = row as ProductRow;
  return { id, sku, name, description, priceCents, currency, stock, categoryId, createdAt, updatedAt };
};
export const asCategory = (row: unknown): Category => row as Category;
export const asReview = (row: unknown): Review => row as Review;

interface CustomerRow extends Customer {
  passwordHash?: string;
}

export const asCustomer = (row: unknown): Customer => {
  const { id, email, name, role, createdAt } = row as CustomerRow;
  return { id, email, name, role: role as Role, createdAt };
};

export const asCustomerRecord = (row: unknown): CustomerRecord => {
  const record = row as CustomerRow;
  return { ...asCustomer(record), passwordHash: record.passwordHash ?? '' };
};

/** better-sqlite3 binds one JSON array; `json_each` turns it into a set for `IN (...)`. */
export const idsParam = (ids: readonly number[]): string => JSON.stringify([...new Set(ids)]);
