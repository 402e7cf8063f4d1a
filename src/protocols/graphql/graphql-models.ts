import type { Order, Product, Review, Customer } from '../../domain/entities.js';

/**
 * What a connection resolver hands to its `edges`/`nodes`/`pageInfo`/`totalCount` fields.
 * `totalCount` is a function so a page that was batched without a count (Product.reviews)
 * only pays for one when a client asks.
 */
export interface ConnectionModel<T> {
  items: T[];
  /** Position of `items[0]` in the whole list: cursors are built from it. */
  offset: number;
  hasNextPage: boolean;
  totalCount: () => number | Promise<number>;
}

export type ProductConnectionModel = ConnectionModel<Product>;
export type ReviewConnectionModel = ConnectionModel<Review>;
export type OrderConnectionModel = ConnectionModel<Order>;
export type CustomerConnectionModel = ConnectionModel<Customer>;
