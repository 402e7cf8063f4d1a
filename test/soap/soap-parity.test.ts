import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShopSoapClient, logIn } from '../../clients/soap/shop-soap-client.js';
import { ada } from '../support/shop.js';
import { testLogins } from '../support/test-kit.js';
import { startTestServer } from '../support/test-server.js';

/** Timestamps compared as instants: SOAP carries xsd:dateTime, the services ISO strings. */
function asInstants(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asInstants);
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, /At$/.test(key) ? new Date(v as string).getTime() : asInstants(v)]));
  }
  return value;
}

describe('SOAP answers equal the service return values', () => {
  let shop: Awaited<ReturnType<typeof startTestServer>>;
  beforeEach(async () => {
    shop = await startTestServer();
  });
  afterEach(() => shop.close());

  it('for a product, a category and a page of products', async () => {
    const client = await createShopSoapClient(shop.url);
    const [product] = await client.GetProductAsync({ id: 3 });
    expect(asInstants(product.product)).toEqual(asInstants(shop.services.catalog.getProduct(3)));
    const [category] = await client.GetCategoryAsync({ id: 4 });
    expect(category.category).toEqual(shop.services.catalog.getCategory(4));
    const [page] = await client.ListProductsAsync({ categoryId: 3, sort: 'name', limit: 4, offset: 2 });
    const expected = shop.services.catalog.listProducts({ filter: { categoryId: 3 }, sort: [{ field: 'name', direction: 'asc' }], limit: 4, offset: 2 });
    expect(asInstants(page)).toEqual(asInstants(expected));
  });

  it('for a page of reviews with their authors, anonymous', async () => {
    const client = await createShopSoapClient(shop.url);
    const [page] = await client.ListReviewsAsync({ productId: 37, sort: '-rating', limit: 4, offset: 1 });
    const expected = shop.services.catalog.listReviewsWithAuthors(37, { sort: [{ field: 'rating', direction: 'desc' }], limit: 4, offset: 1 });
    expect(expected.items.length).toBe(4);
    expect(asInstants(page)).toEqual(asInstants(expected));
  });

  it('for an order (SOAP 1.2), and for the cart', async () => {
    const client = await createShopSoapClient(shop.url, { soap12: true });
    await logIn(client, testLogins.customer.email, testLogins.customer.password);
    const [placed] = await client.PlaceOrderAsync({ items: [{ productId: 5, quantity: 3 }] });
    const id = placed.order?.id ?? 0;
    expect(asInstants(placed.order)).toEqual(asInstants(shop.services.orders.getOrder(ada, id)));
    const [orders] = await client.ListOrdersAsync({ limit: 3, sort: '-id' });
    expect(asInstants(orders)).toEqual(asInstants(shop.services.orders.listOrders(ada, { limit: 3, sort: [{ field: 'id', direction: 'desc' }] })));
    const [cart] = await client.SetCartItemAsync({ productId: 8, quantity: 2 });
    expect(cart.cart).toEqual(shop.services.cart.getCart(ada));
  });
});
