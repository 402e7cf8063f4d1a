/** The shop's entities, with the field names every protocol uses. */

export interface Category {
  id: number;
  name: string;
  slug: string;
  description: string;
}

export interface Product {
  id: number;
  sku: string;
  name: string;
  description: string;
  priceCents: number;
  currency: 'EUR';
  stock: number;
  categoryId: number;
  createdAt: string;
  updatedAt: string;
}

export interface Review {
  id: number;
  productId: number;
  customerId: number;
  rating: number;
  title: string;
  body: string;
  createdAt: string;
}

export const roles = ['customer', 'admin'] as const;
export type Role = (typeof roles)[number];

/** A customer as the API shows it: the password hash never leaves the store. */
export interface Customer {
  id: number;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

/** What anyone may see of a review's author: no email, no role. */
export interface Reviewer {
  id: number;
  name: string;
}

/** A review with its author's public face, so a client can show who wrote it without a second lookup. */
export type ReviewWithAuthor = Review & { author: Reviewer };

export const orderStatuses = ['pending', 'paid', 'shipped', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export interface OrderItem {
  productId: number;
  quantity: number;
  /** The price at purchase time, copied from the product when the order was placed. */
  unitPriceCents: number;
}

export interface Order {
  id: number;
  customerId: number;
  status: OrderStatus;
  items: OrderItem[];
  totalCents: number;
  createdAt: string;
  updatedAt: string;
}

export interface CartItem {
  productId: number;
  quantity: number;
}

export interface Cart {
  items: CartItem[];
  totalCents: number;
}

/** One page of a list, with what a client needs to ask for the next one. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
