/**
 * What every scenario gets and what it must answer, whatever the protocol. The answers are
 * plain domain values (no protocol shapes), so the three clients can be compared for parity.
 */

export interface Credentials {
  email: string;
  password: string;
}

/** The same inputs for every protocol, so each answers the same question. */
export interface ScenarioInputs {
  productId: number;
  categoryId: number;
  pageSize: number;
  reviewedProductId: number;
  reviewCount: number;
  purchase: { productId: number; quantity: number }[];
  invalidPurchase: { productId: number; quantity: number }[];
  historyCount: number;
  missingProductId: number;
}

export interface ScenarioContext {
  /** The shop's origin, e.g. http://127.0.0.1:3000 (during `npm run compare`, the counting proxy). */
  baseUrl: string;
  inputs: ScenarioInputs;
  /** The customer who logs in and buys in the order scenario. */
  buyer: Credentials;
  /** A session of the demo customer (Ada), for her order history and the invalid order. */
  customerToken: string;
}

export interface ProductCard {
  id: number;
  name: string;
  priceCents: number;
  categoryName: string;
}

export interface CataloguePage {
  total: number;
  items: { name: string; priceCents: number }[];
}

export interface ProductReviews {
  name: string;
  reviews: { rating: number; title: string; reviewerName: string }[];
}

export interface PlacedOrder {
  status: string;
  totalCents: number;
  items: { productId: number; quantity: number }[];
}

export interface OrderHistory {
  orders: { id: number; status: string; totalCents: number; items: { productName: string; quantity: number }[] }[];
}

/** An expected failure, reduced to the shared error vocabulary (src/domain/errors.ts). */
export interface ErrorAnswer {
  error: { code: string; fields: string[] };
}

/** Every scenario answer, for code that handles them alike. */
export type ScenarioAnswer = ProductCard | CataloguePage | ProductReviews | PlacedOrder | OrderHistory | ErrorAnswer;
