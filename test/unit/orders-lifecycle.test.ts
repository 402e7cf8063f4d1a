import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/domain/entities.js';
import type { OrderEventKind } from '../../src/services/order-events.js';
import { ada, admin, createTestShop, grace, nobody } from '../support/shop.js';
import { shopErrorOf } from '../support/shop-error.js';

type Shop = ReturnType<typeof createTestShop>;

/** Ada's seeded orders: 1 shipped, 2 paid, 3 pending, 4 cancelled. */
const [shipped, paid, pending, cancelled] = [1, 2, 3, 4];

const stockOf = ({ services }: Shop, id: number): number => services.catalog.getProduct(id).stock;
const stocksOf = (shop: Shop, order: Order): number[] => order.items.map((item) => stockOf(shop, item.productId));

describe('orders: who sees what', () => {
  it('shows a customer only her own orders', () => {
    const { services } = createTestShop();
    const own = services.orders.listOrders(ada, { limit: 100 });
    expect(own.total).toBeGreaterThanOrEqual(4);
    expect(own.items.every((order) => order.customerId === 1)).toBe(true);
    expect(services.orders.listOrders(ada, { filter: { customerId: 1 } }).total).toBe(own.total);
    expect(services.orders.getOrder(ada, shipped).status).toBe('shipped');
  });

  it('answers NOT_FOUND for another customer’s order, and FORBIDDEN for listing another customer', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.orders.getOrder(grace, paid)).code).toBe('NOT_FOUND');
    expect(shopErrorOf(() => services.orders.listOrders(grace, { filter: { customerId: 1 } })).code).toBe('FORBIDDEN');
    expect(shopErrorOf(() => services.orders.getOrder(ada, 9999)).code).toBe('NOT_FOUND');
  });

  it('needs a signed-in customer', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.orders.listOrders(nobody)).code).toBe('UNAUTHENTICATED');
    expect(shopErrorOf(() => services.orders.getOrder(nobody, 1)).code).toBe('UNAUTHENTICATED');
  });

  it('shows an admin every order, filtered by customer and status on request', () => {
    const { services } = createTestShop();
    const all = services.orders.listOrders(admin, { limit: 100 });
    expect(all.total).toBe(60);
    expect(new Set(all.items.map((order) => order.customerId)).size).toBeGreaterThan(5);
    const graces = services.orders.listOrders(admin, { filter: { customerId: 2 }, limit: 100 });
    expect(graces.items.every((order) => order.customerId === 2)).toBe(true);
    expect(graces.total).toBe(all.items.filter((order) => order.customerId === 2).length);
    const shippedOnly = services.orders.listOrders(admin, { filter: { status: 'shipped' }, limit: 100 });
    expect(shippedOnly.total).toBe(all.items.filter((order) => order.status === 'shipped').length);
    expect(services.orders.getOrder(admin, paid).customerId).toBe(1);
  });

  it('sorts orders by total descending', () => {
    const { services } = createTestShop();
    const totals = services.orders.listOrders(admin, { sort: [{ field: 'totalCents', direction: 'desc' }], limit: 100 }).items.map((o) => o.totalCents);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });
});

describe('orders.cancelOrder', () => {
  it.each([pending, paid])('cancels order %i and restocks every line', (id) => {
    const shop = createTestShop();
    const order = shop.services.orders.getOrder(ada, id);
    const before = stocksOf(shop, order);
    const result = shop.services.orders.cancelOrder(ada, id);
    expect(result.status).toBe('cancelled');
    expect(stocksOf(shop, order)).toEqual(before.map((stock, index) => stock + (order.items[index]?.quantity ?? 0)));
  });

  it.each([shipped, cancelled])('refuses to cancel order %i (CONFLICT) and restocks nothing', (id) => {
    const shop = createTestShop();
    const order = shop.services.orders.getOrder(ada, id);
    const before = stocksOf(shop, order);
    expect(shopErrorOf(() => shop.services.orders.cancelOrder(ada, id)).code).toBe('CONFLICT');
    expect(stocksOf(shop, order)).toEqual(before);
    expect(shop.services.orders.getOrder(ada, id)).toEqual(order);
  });

  it('cancels only once: the second cancel is a CONFLICT and restocks nothing more', () => {
    const shop = createTestShop();
    const order = shop.services.orders.placeOrder(grace, { items: [{ productId: 12, quantity: 3 }] });
    const stock = stockOf(shop, 12);
    shop.services.orders.cancelOrder(grace, order.id);
    expect(stockOf(shop, 12)).toBe(stock + 3);
    expect(shopErrorOf(() => shop.services.orders.cancelOrder(grace, order.id)).code).toBe('CONFLICT');
    expect(stockOf(shop, 12)).toBe(stock + 3);
  });

  it('lets nobody cancel another customer’s order, but an admin may', () => {
    const shop = createTestShop();
    expect(shopErrorOf(() => shop.services.orders.cancelOrder(grace, pending)).code).toBe('NOT_FOUND');
    expect(shop.services.orders.getOrder(ada, pending).status).toBe('pending');
    expect(shop.services.orders.cancelOrder(admin, pending).status).toBe('cancelled');
  });
});

describe('orders.updateOrderStatus', () => {
  it('moves an order forward: pending → paid → shipped', () => {
    const shop = createTestShop();
    expect(shop.services.orders.updateOrderStatus(admin, pending, 'paid').status).toBe('paid');
    expect(shop.services.orders.updateOrderStatus(admin, pending, 'shipped').status).toBe('shipped');
    expect(shop.services.orders.getOrder(ada, pending).status).toBe('shipped');
  });

  it.each([
    [paid, 'pending'],
    [shipped, 'paid'],
    [shipped, 'pending'],
    [cancelled, 'paid'],
    [pending, 'shipped'],
    [paid, 'paid'],
  ] as const)('refuses order %i → %s with CONFLICT', (id, status) => {
    const shop = createTestShop();
    const before = shop.services.orders.getOrder(admin, id);
    expect(shopErrorOf(() => shop.services.orders.updateOrderStatus(admin, id, status)).code).toBe('CONFLICT');
    expect(shop.services.orders.getOrder(admin, id)).toEqual(before);
  });

  it('cancelling through it restocks like cancelOrder', () => {
    const shop = createTestShop();
    const order = shop.services.orders.getOrder(admin, paid);
    const before = stocksOf(shop, order);
    expect(shop.services.orders.updateOrderStatus(admin, paid, 'cancelled').status).toBe('cancelled');
    expect(stocksOf(shop, order)).toEqual(before.map((stock, index) => stock + (order.items[index]?.quantity ?? 0)));
  });

  it('is admin-only and checks the status value', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.orders.updateOrderStatus(ada, pending, 'paid')).code).toBe('FORBIDDEN');
    expect(shopErrorOf(() => services.orders.updateOrderStatus(nobody, pending, 'paid')).code).toBe('UNAUTHENTICATED');
    expect(shopErrorOf(() => services.orders.updateOrderStatus(admin, pending, 'lost' as never)).code).toBe('VALIDATION_FAILED');
    expect(shopErrorOf(() => services.orders.updateOrderStatus(admin, 9999, 'paid')).code).toBe('NOT_FOUND');
    expect(services.orders.getOrder(ada, pending).status).toBe('pending');
  });
});

describe('order events', () => {
  it('publishes cancelled and statusChanged with the order as it now is', () => {
    const shop = createTestShop();
    const seen: [OrderEventKind, number, string][] = [];
    shop.services.events.subscribe(({ kind, order }) => seen.push([kind, order.id, order.status]));
    shop.services.orders.updateOrderStatus(admin, pending, 'paid');
    shop.services.orders.cancelOrder(ada, pending);
    shopErrorOf(() => shop.services.orders.cancelOrder(ada, pending));
    expect(seen).toEqual([
      ['statusChanged', pending, 'paid'],
      ['cancelled', pending, 'cancelled'],
    ]);
  });

  it('watchOrder delivers the changes of one own order until unsubscribed', () => {
    const shop = createTestShop();
    const seen: [OrderEventKind, string][] = [];
    const stop = shop.services.orders.watchOrder(ada, pending, (order, kind) => seen.push([kind, order.status]));
    shop.services.orders.updateOrderStatus(admin, paid, 'shipped');
    shop.services.orders.updateOrderStatus(admin, pending, 'paid');
    stop();
    shop.services.orders.updateOrderStatus(admin, pending, 'shipped');
    expect(seen).toEqual([['statusChanged', 'paid']]);
    expect(shop.services.events.listenerCount()).toBe(0);
  });

  it('watchOrder refuses other customers’ orders (NOT_FOUND) and anonymous callers', () => {
    const shop = createTestShop();
    const listener = () => undefined;
    expect(shopErrorOf(() => shop.services.orders.watchOrder(grace, pending, listener)).code).toBe('NOT_FOUND');
    expect(shopErrorOf(() => shop.services.orders.watchOrder(nobody, pending, listener)).code).toBe('UNAUTHENTICATED');
    expect(shop.services.events.listenerCount()).toBe(0);
    const stop = shop.services.orders.watchOrder(admin, pending, listener);
    expect(shop.services.events.listenerCount()).toBe(1);
    stop();
  });
});
