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
