import type {
  CartItem,
  Category,
  Customer,
  Order,
  OrderItem,
  OrderStatus,
  Page,
  Product,
  Review,
  Role,
} from '../domain/entities.js';
import type { OrderQuery, PageRequest, ProductQuery, ReviewQuery } from '../domain/queries.js';

/** The typed face of the database that services depend on. No SQL leaves the store. */

export interface NewProduct {
  sku: string;
  name: string;
  description: string;
  priceCents: number;
  stock: number;
  categoryId: number;
}

export type ProductPatch = Partial<NewProduct>;

export interface NewReview {
  productId: number;
  customerId: number;
  rating: number;
  title: string;
  body: string;
}

export interface NewCustomer {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

export interface CustomerRecord extends Customer {
  passwordHash: string;
}

export interface SessionRecord {
  id: string;
  customerId: number;
  createdAt: string;
  lastSeenAt: string;
}

export interface CatalogStore {
  listCategories(): Category[];
  getCategoriesByIds(ids: readonly number[]): Category[];
  listProducts(query: ProductQuery): Page<Product>;
  getProductsByIds(ids: readonly number[]): Product[];
  findProductBySku(sku: string): Product | undefined;
  insertProduct(input: NewProduct, now: string): Product;
  updateProduct(id: number, patch: ProductPatch, now: string): Product | undefined;
  deleteProduct(id: number): boolean;
  isProductOrdered(id: number): boolean;
  /** Takes `quantity` from stock only if that much is there; false means it was not. */
  takeStock(productId: number, quantity: number, now: string): boolean;
  returnStock(productId: number, quantity: number, now: string): void;
  listReviews(productId: number, query: ReviewQuery): Page<Review>;
  /** The newest `perProduct` reviews of each product, for batch loading. */
  listLatestReviewsByProductIds(ids: readonly number[], perProduct: number): Review[];
  hasReview(productId: number, customerId: number): boolean;
  insertReview(input: NewReview, now: string): Review;
}

export interface CustomerStore {
  listCustomers(page: PageRequest): Page<Customer>;
  getCustomersByIds(ids: readonly number[]): Customer[];
  findCustomerByEmail(email: string): CustomerRecord | undefined;
  insertCustomer(input: NewCustomer, now: string): Customer;
}

export interface OrderStore {
  /** `customerId` set: only that customer's orders (the filter's own customerId is ignored then). */
  listOrders(query: OrderQuery, customerId?: number): Page<Order>;
  getOrdersByIds(ids: readonly number[]): Order[];
  insertOrder(customerId: number, items: readonly OrderItem[], now: string): Order;
  setOrderStatus(id: number, status: OrderStatus, now: string): void;
  getCartItems(customerId: number): CartItem[];
  setCartItem(customerId: number, productId: number, quantity: number): void;
  removeCartItem(customerId: number, productId: number): boolean;
  clearCart(customerId: number): void;
}

export interface SessionStore {
  insertSession(session: SessionRecord): void;
  getSession(id: string): SessionRecord | undefined;
  touchSession(id: string, lastSeenAt: string): void;
  deleteSession(id: string): void;
  deleteSessionsBefore(createdBefore: string, lastSeenBefore: string): number;
}

export interface Store extends CatalogStore, CustomerStore, OrderStore, SessionStore {
  /** Runs `work` as one `BEGIN IMMEDIATE` transaction: all of it or none of it. */
  transaction<T>(work: () => T): T;
  /** Liveness of the database itself, for /health. */
  ping(): boolean;
}
