import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor.js';
import type { OrderEvent } from '../../src/services/order-events.js';
import { ada, admin, createTestShop, grace, nobody } from '../support/shop.js';
import { fieldPaths, shopErrorOf } from '../support/shop-error.js';

type Shop = ReturnType<typeof createTestShop>;
const stockOf = ({ services }: Shop, id: number): number => services.catalog.getProduct(id).stock;
const setStock = ({ services }: Shop, id: number, stock: number) => services.catalog.updateProduct(admin, id, { stock });

describe('orders.placeOrder', () => {
  it('takes stock, copies prices and totals the lines', () => {
    const shop = createTestShop();
    const [p1, p2] = [shop.services.catalog.getProduct(1), shop.services.catalog.getProduct(2)];
    const order = shop.services.orders.placeOrder(ada, {
      items: [
        { productId: 1, quantity: 2 },
        { productId: 2, quantity: 3 },
      ],
    });
    expect(order).toMatchObject({
      customerId: 1,
      status: 'pending',
      items: [
        { productId: 1, quantity: 2, unitPriceCents: p1.priceCents },
        { productId: 2, quantity: 3, unitPriceCents: p2.priceCents },
      ],
      totalCents: 2 * p1.priceCents + 3 * p2.priceCents,
    });
    expect(stockOf(shop, 1)).toBe(p1.stock - 2);
    expect(stockOf(shop, 2)).toBe(p2.stock - 3);
    expect(shop.services.orders.getOrder(ada, order.id)).toEqual(order);
  });

  it('keeps the purchase price when the product price changes later', () => {
    const shop = createTestShop();
    const price = shop.services.catalog.getProduct(3).priceCents;
    const order = shop.services.orders.placeOrder(ada, { items: [{ productId: 3, quantity: 1 }] });
    shop.services.catalog.updateProduct(admin, 3, { priceCents: price * 10 });
    const again = shop.services.orders.getOrder(ada, order.id);
    expect(again.items[0]?.unitPriceCents).toBe(price);
    expect(again.totalCents).toBe(price);
  });

  it('may take the last item in stock', () => {
    const shop = createTestShop();
    setStock(shop, 4, 2);
    shop.services.orders.placeOrder(ada, { items: [{ productId: 4, quantity: 2 }] });
    expect(stockOf(shop, 4)).toBe(0);
  });

  it('needs a signed-in customer', () => {
    const shop = createTestShop();
    const error = shopErrorOf(() => shop.services.orders.placeOrder(nobody, { items: [{ productId: 1, quantity: 1 }] }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  const invalid: [string, unknown, string][] = [
    ['no items', { items: [] }, 'items'],
    ['quantity 0', { items: [{ productId: 1, quantity: 0 }] }, 'items.0.quantity'],
    ['quantity 101', { items: [{ productId: 1, quantity: 101 }] }, 'items.0.quantity'],
    ['a fractional quantity', { items: [{ productId: 1, quantity: 1.5 }] }, 'items.0.quantity'],
    ['a duplicate product line', { items: [{ productId: 1, quantity: 1 }, { productId: 1, quantity: 2 }] }, 'items'],
    ['a price from the client', { items: [{ productId: 1, quantity: 1, unitPriceCents: 1 }] }, 'items.0.unitPriceCents'],
    ['a status from the client', { items: [{ productId: 1, quantity: 1 }], status: 'paid' }, 'status'],
    ['51 lines', { items: Array.from({ length: 51 }, (_, i) => ({ productId: i + 1, quantity: 1 })) }, 'items'],
  ];

  it.each(invalid)('refuses %s with VALIDATION_FAILED and changes no stock', (_name, input, path) => {
    const shop = createTestShop();
    const before = shop.services.catalog.listProducts({ limit: 100 }).items;
    const error = shopErrorOf(() => shop.services.orders.placeOrder(ada, input));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error)).toContain(path);
    expect(shop.services.catalog.listProducts({ limit: 100 }).items).toEqual(before);
  });

  it('accepts quantity 100', () => {
    const shop = createTestShop();
    setStock(shop, 5, 100);
    expect(shop.services.orders.placeOrder(ada, { items: [{ productId: 5, quantity: 100 }] }).items[0]?.quantity).toBe(100);
  });

  it('refuses an order whose total passes 2^31 − 1 cents (GraphQL Int), taking no stock', () => {
    const shop = createTestShop();
    shop.services.catalog.updateProduct(admin, 1, { priceCents: 100_000_000, stock: 500 });
    setStock(shop, 2, 50);
    const error = shopErrorOf(() => shop.services.orders.placeOrder(ada, { items: [{ productId: 2, quantity: 1 }, { productId: 1, quantity: 22 }] }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error)).toEqual(['items']);
    expect([stockOf(shop, 1), stockOf(shop, 2)]).toEqual([500, 50]);
    // 21 × 1,000,000.00 EUR is within the bound.
    expect(shop.services.orders.placeOrder(ada, { items: [{ productId: 1, quantity: 21 }] }).totalCents).toBe(2_100_000_000);
  });

  it('refuses an unknown product with VALIDATION_FAILED on items.N.productId, taking no stock', () => {
    const shop = createTestShop();
    const stock = stockOf(shop, 1);
    const error = shopErrorOf(() =>
      shop.services.orders.placeOrder(ada, { items: [{ productId: 1, quantity: 1 }, { productId: 9999, quantity: 1 }] }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error)).toEqual(['items.1.productId']);
    expect(stockOf(shop, 1)).toBe(stock);
  });

  it('refuses more than the stock with OUT_OF_STOCK, and no line’s stock changes', () => {
    const shop = createTestShop();
    setStock(shop, 7, 1);
    const first = stockOf(shop, 6);
    const orders = shop.services.orders.listOrders(admin).total;
    const error = shopErrorOf(() =>
      shop.services.orders.placeOrder(ada, { items: [{ productId: 6, quantity: 2 }, { productId: 7, quantity: 2 }] }),
    );
    expect(error.code).toBe('OUT_OF_STOCK');
    expect(fieldPaths(error)).toEqual(['items.1.quantity']);
    expect(stockOf(shop, 6)).toBe(first);
    expect(stockOf(shop, 7)).toBe(1);
    expect(shop.services.orders.listOrders(admin).total).toBe(orders);
  });

  it('refuses a sold-out product', () => {
    const shop = createTestShop();
    const soldOut = shop.services.catalog.listProducts({ filter: { inStock: false } }).items[0]?.id ?? 0;
    expect(shopErrorOf(() => shop.services.orders.placeOrder(ada, { items: [{ productId: soldOut, quantity: 1 }] })).code).toBe(
      'OUT_OF_STOCK',
    );
    expect(stockOf(shop, soldOut)).toBe(0);
  });

  it('never oversells: 30 competing orders of 1 against stock 10 → exactly 10 succeed', async () => {
    const shop = createTestShop();
    setStock(shop, 8, 10);
    const buyers: Actor[] = [ada, grace, admin];
    const attempts = Array.from({ length: 30 }, (_, index) =>
      Promise.resolve().then(() =>
        shop.services.orders.placeOrder(buyers[index % 3] ?? ada, { items: [{ productId: 8, quantity: 1 }] }),
      ),
    );
    const results = await Promise.allSettled(attempts);
    const placed = results.filter((result) => result.status === 'fulfilled');
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as { code: string }] : []));
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(20);
    expect(refused.every((reason) => reason.code === 'OUT_OF_STOCK')).toBe(true);
    expect(stockOf(shop, 8)).toBe(0);
  });

  it('publishes a "placed" event after commit, and none for a refused order', () => {
    const shop = createTestShop();
    setStock(shop, 9, 5);
    const events: OrderEvent[] = [];
    const unsubscribe = shop.services.events.subscribe((event) => events.push(event));
    const order = shop.services.orders.placeOrder(grace, { items: [{ productId: 9, quantity: 1 }] });
    expect(shopErrorOf(() => shop.services.orders.placeOrder(grace, { items: [{ productId: 9, quantity: 1000 }] })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(shopErrorOf(() => shop.services.orders.placeOrder(grace, { items: [{ productId: 9, quantity: 50 }] })).code).toBe(
      'OUT_OF_STOCK',
    );
    expect(events).toEqual([{ kind: 'placed', order }]);
    unsubscribe();
    shop.services.orders.placeOrder(grace, { items: [{ productId: 9, quantity: 1 }] });
    expect(events).toHaveLength(1);
  });

  it('keeps the order when a subscriber throws', () => {
    const shop = createTestShop();
    shop.services.events.subscribe(() => {
      throw new Error('broken subscriber');
    });
    const order = shop.services.orders.placeOrder(ada, { items: [{ productId: 1, quantity: 1 }] });
    expect(shop.services.orders.getOrder(ada, order.id).id).toBe(order.id);
  });
});
