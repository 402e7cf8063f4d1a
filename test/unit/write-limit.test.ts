import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/services/clock.js';
import type { ShopError } from '../../src/domain/errors.js';
import { ada, createTestShop, grace } from '../support/shop.js';

describe('per-customer write limit', () => {
  it('refuses writes past the budget with RATE_LIMITED, per customer, until the window passes', () => {
    const clock = createManualClock();
    const { services } = createTestShop({ clock, writeLimit: { limit: 3, windowMs: 60_000 } });
    for (let i = 0; i < 3; i += 1) services.cart.setCartItem(ada, 1, i + 1);

    const refused = (() => {
      try {
        services.cart.setCartItem(ada, 1, 9);
        return undefined;
      } catch (error) {
        return error as ShopError;
      }
    })();
    expect(refused?.code).toBe('RATE_LIMITED');
    expect(refused?.retryAfterSeconds).toBe(60);
    expect(services.cart.getCart(ada).items).toEqual([{ productId: 1, quantity: 3 }]);

    // Another customer has their own budget; reads are never limited.
    expect(services.cart.setCartItem(grace, 2, 1).items).toHaveLength(1);
    expect(() => services.orders.placeOrder(ada, { items: [{ productId: 1, quantity: 1 }] })).toThrow(/Too many writes/);

    clock.advance(60_000);
    expect(services.cart.setCartItem(ada, 1, 9).items).toEqual([{ productId: 1, quantity: 9 }]);
  });
});
