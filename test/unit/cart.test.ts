import { describe, expect, it, vi } from 'vitest';
import { ada, admin, createTestShop, grace, nobody } from '../support/shop.js';
import { fieldPaths, shopErrorOf } from '../support/shop-error.js';

type Shop = ReturnType<typeof createTestShop>;
const priceOf = ({ services }: Shop, id: number): number => services.catalog.getProduct(id).priceCents;
const stockOf = ({ services }: Shop, id: number): number => services.catalog.getProduct(id).stock;

describe('cart items', () => {
  it('starts empty', () => {
    expect(createTestShop().services.cart.getCart(ada)).toEqual({ items: [], totalCents: 0 });
  });

  it('sets, replaces and removes items, totalling at current prices', () => {
    const shop = createTestShop();
    const { cart } = shop.services;
    expect(cart.setCartItem(ada, 1, 2)).toEqual({ items: [{ productId: 1, quantity: 2 }], totalCents: 2 * priceOf(shop, 1) });
    cart.setCartItem(ada, 2, 1);
    expect(cart.setCartItem(ada, 1, 5)).toEqual({
      items: [
        { productId: 1, quantity: 5 },
        { productId: 2, quantity: 1 },
      ],
      totalCents: 5 * priceOf(shop, 1) + priceOf(shop, 2),
    });
    expect(cart.removeCartItem(ada, 1)).toEqual({ items: [{ productId: 2, quantity: 1 }], totalCents: priceOf(shop, 2) });
    expect(cart.getCart(ada).items).toEqual([{ productId: 2, quantity: 1 }]);
  });

  it('follows price changes until checkout', () => {
    const shop = createTestShop();
    shop.services.cart.setCartItem(ada, 3, 2);
    shop.services.catalog.updateProduct(admin, 3, { priceCents: 111 });
    expect(shop.services.cart.getCart(ada).totalCents).toBe(222);
  });

  it('answers NOT_FOUND for an unknown product and for removing what is not in the cart', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.cart.setCartItem(ada, 9999, 1)).code).toBe('NOT_FOUND');
    expect(shopErrorOf(() => services.cart.removeCartItem(ada, 1)).code).toBe('NOT_FOUND');
    expect(services.cart.getCart(ada).items).toEqual([]);
  });

  it.each([0, 101, 1.5, -1])('refuses quantity %s', (quantity) => {
    const { services } = createTestShop();
    const error = shopErrorOf(() => services.cart.setCartItem(ada, 1, quantity));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error)).toEqual(['quantity']);
  });

  it('refuses a bad product id with VALIDATION_FAILED on productId', () => {
    const { services } = createTestShop();
    expect(fieldPaths(shopErrorOf(() => services.cart.setCartItem(ada, 0, 1)))).toEqual(['productId']);
  });

  it('keeps one cart per customer', () => {
    const { services } = createTestShop();
    services.cart.setCartItem(ada, 1, 1);
    services.cart.setCartItem(grace, 2, 3);
    expect(services.cart.getCart(ada).items).toEqual([{ productId: 1, quantity: 1 }]);
    expect(services.cart.getCart(grace).items).toEqual([{ productId: 2, quantity: 3 }]);
    expect(shopErrorOf(() => services.cart.removeCartItem(grace, 1)).code).toBe('NOT_FOUND');
    expect(services.cart.getCart(ada).items).toHaveLength(1);
  });

  it('needs a signed-in customer', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.cart.getCart(nobody)).code).toBe('UNAUTHENTICATED');
    expect(shopErrorOf(() => services.cart.setCartItem(nobody, 1, 1)).code).toBe('UNAUTHENTICATED');
    expect(shopErrorOf(() => services.cart.checkout(nobody)).code).toBe('UNAUTHENTICATED');
  });
});

describe('cart.checkout', () => {
  it('places the order at current prices, takes stock and empties the cart', () => {
    const shop = createTestShop();
    const [stock1, stock2] = [stockOf(shop, 1), stockOf(shop, 2)];
    shop.services.cart.setCartItem(grace, 1, 2);
    shop.services.cart.setCartItem(grace, 2, 1);
    const order = shop.services.cart.checkout(grace);
    expect(order).toMatchObject({
      customerId: 2,
      status: 'pending',
      items: [
        { productId: 1, quantity: 2, unitPriceCents: priceOf(shop, 1) },
        { productId: 2, quantity: 1, unitPriceCents: priceOf(shop, 2) },
      ],
      totalCents: 2 * priceOf(shop, 1) + priceOf(shop, 2),
    });
    expect(shop.services.cart.getCart(grace)).toEqual({ items: [], totalCents: 0 });
    expect([stockOf(shop, 1), stockOf(shop, 2)]).toEqual([stock1 - 2, stock2 - 1]);
    expect(shop.services.orders.getOrder(grace, order.id)).toEqual(order);
  });

  it('refuses an empty cart with CONFLICT', () => {
    const { services } = createTestShop();
    const orders = services.orders.listOrders(admin).total;
    expect(shopErrorOf(() => services.cart.checkout(ada)).code).toBe('CONFLICT');
    expect(services.orders.listOrders(admin).total).toBe(orders);
  });

  it('leaves cart and stock unchanged when a line is out of stock', () => {
    const shop = createTestShop();
    shop.services.catalog.updateProduct(admin, 2, { stock: 1 });
    shop.services.cart.setCartItem(ada, 1, 2);
    shop.services.cart.setCartItem(ada, 2, 3);
    const cart = shop.services.cart.getCart(ada);
    const stock1 = stockOf(shop, 1);
    const orders = shop.services.orders.listOrders(admin).total;
    const error = shopErrorOf(() => shop.services.cart.checkout(ada));
    expect(error.code).toBe('OUT_OF_STOCK');
    expect(fieldPaths(error)).toEqual(['items.1.quantity']);
    expect(shop.services.cart.getCart(ada)).toEqual(cart);
    expect([stockOf(shop, 1), stockOf(shop, 2)]).toEqual([stock1, 1]);
    expect(shop.services.orders.listOrders(admin).total).toBe(orders);
  });

  it('empties the cart in the order’s transaction: if emptying fails, no order and no stock change', () => {
    const shop = createTestShop();
    shop.services.cart.setCartItem(ada, 1, 1);
    const stock = stockOf(shop, 1);
    const orders = shop.services.orders.listOrders(admin).total;
    vi.spyOn(shop.store, 'clearCart').mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(() => shop.services.cart.checkout(ada)).toThrow('disk full');
    expect(stockOf(shop, 1)).toBe(stock);
    expect(shop.services.orders.listOrders(admin).total).toBe(orders);
    expect(shop.services.cart.getCart(ada).items).toEqual([{ productId: 1, quantity: 1 }]);
  });

  it('checks out only the caller’s cart', () => {
    const { services } = createTestShop();
    services.cart.setCartItem(ada, 1, 1);
    services.cart.setCartItem(grace, 2, 1);
    expect(services.cart.checkout(grace).items).toEqual([expect.objectContaining({ productId: 2 })]);
    expect(services.cart.getCart(ada).items).toEqual([{ productId: 1, quantity: 1 }]);
  });

  it('drops a deleted product from carts', () => {
    const { services } = createTestShop();
    const product = services.catalog.createProduct(admin, { sku: 'TMP-1', name: 'Temp', priceCents: 100, stock: 3, categoryId: 1 });
    services.cart.setCartItem(ada, product.id, 1);
    services.catalog.deleteProduct(admin, product.id);
    expect(services.cart.getCart(ada)).toEqual({ items: [], totalCents: 0 });
  });
});
