import type { OrderStatus } from './entities.js';

/** Which status may follow which: an order moves forward, and only unshipped ones cancel. */
const nextStatuses: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: [],
  cancelled: [],
};

export const canChangeStatus = (from: OrderStatus, to: OrderStatus): boolean =>
  nextStatuses[from].includes(to);

/** A customer may buy at most this many of one product in one order. */
export const maxQuantityPerItem = 100;
export const maxItemsPerOrder = 50;

/**
 * The largest total one order may have: 2^31 − 1 cents, the largest whole number every
 * protocol's type carries (GraphQL's Int is 32-bit), so an order is readable everywhere.
 */
export const maxOrderTotalCents = 2_147_483_647;
