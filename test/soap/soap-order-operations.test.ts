import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShopSoapClient, logIn, type ShopClient } from '../../clients/soap/shop-soap-client.js';
import { faultOf } from '../support/soap-requests.js';
import { testLogins } from '../support/test-kit.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Orders, cart and customers through node-soap's client, against the real server. */
describe('SOAP order, cart and customer operations (node-soap client, real server)', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  const signedIn = async (who: keyof typeof testLogins, soap12 = false): Promise<ShopClient> => {
    const client = await createShopSoapClient(server.url, { soap12 });
    await logIn(client, testLogins[who].email, testLogins[who].password);
    return client;
  };

  it('places, reads, lists and cancels an order; stock follows', async () => {
    const ada = await signedIn('customer');
    const [before] = await ada.GetProductAsync({ id: 3 });
    const [placed] = await ada.PlaceOrderAsync({ items: [{ productId: 3, quantity: 2 }, { productId: 4, quantity: 1 }] });
    const order = placed.order;
    expect(order).toMatchObject({ customerId: 1, status: 'pending' });
    expect(order?.items).toEqual([
      { productId: 3, quantity: 2, unitPriceCents: before.product?.priceCents },
      expect.objectContaining({ productId: 4, quantity: 1 }),
    ]);
    const [after] = await ada.GetProductAsync({ id: 3 });
    expect(after.product?.stock).toBe((before.product?.stock ?? 0) - 2);
    const [read] = await ada.GetOrderAsync({ id: order?.id ?? 0 });
    expect(read.order).toEqual(order);
    const [mine] = await ada.ListOrdersAsync({ status: 'pending', sort: '-createdAt', limit: 5 });
    expect(mine.items?.[0]?.id).toBe(order?.id);
    expect(mine.items?.every((o) => o.customerId === 1 && o.status === 'pending')).toBe(true);
    const [cancelled] = await ada.CancelOrderAsync({ id: order?.id ?? 0 });
    expect(cancelled.order?.status).toBe('cancelled');
    const [restocked] = await ada.GetProductAsync({ id: 3 });
    expect(restocked.product?.stock).toBe(before.product?.stock);
    expect(await faultOf(ada.CancelOrderAsync({ id: order?.id ?? 0 }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('faults OUT_OF_STOCK and VALIDATION_FAILED with the item path, changing nothing', async () => {
    const admin = await signedIn('admin');
    await admin.UpdateProductAsync({ id: 7, stock: 1 });
    const ada = await signedIn('customer', true);
    const short = await faultOf(ada.PlaceOrderAsync({ items: [{ productId: 6, quantity: 1 }, { productId: 7, quantity: 2 }] }));
    expect(short).toMatchObject({ faultcode: 'env:Sender', code: 'OUT_OF_STOCK', fields: [expect.objectContaining({ path: 'items.1.quantity' })] });
    const zero = await faultOf(ada.PlaceOrderAsync({ items: [{ productId: 6, quantity: 0 }] }));
    expect(zero).toMatchObject({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'items.0.quantity' })] });
    // What the XSD (and so the generated type) forbids, sent anyway: the server refuses it too.
    const empty = await faultOf(ada.PlaceOrderAsync({} as never));
    expect(empty).toMatchObject({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'items' })] });
    const [stock] = await ada.GetProductAsync({ id: 7 });
    expect(stock.product?.stock).toBe(1);
  });

  it('hides other customers’ orders (NOT_FOUND); an admin sees and moves them', async () => {
    const admin = await signedIn('admin');
    const [all] = await admin.ListOrdersAsync({ limit: 100 });
    const notAdas = all.items?.find((o) => o.customerId !== 1);
    expect(notAdas).toBeDefined();
    const ada = await signedIn('customer');
    expect(await faultOf(ada.GetOrderAsync({ id: notAdas?.id ?? 0 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await faultOf(ada.ListOrdersAsync({ customerId: 2 }))).toMatchObject({ code: 'FORBIDDEN' });
    const [placed] = await ada.PlaceOrderAsync({ items: [{ productId: 2, quantity: 1 }] });
    const [paid] = await admin.UpdateOrderStatusAsync({ id: placed.order?.id ?? 0, status: 'paid' });
    expect(paid.order?.status).toBe('paid');
    expect(await faultOf(admin.UpdateOrderStatusAsync({ id: placed.order?.id ?? 0, status: 'pending' }))).toMatchObject({ code: 'CONFLICT' });
    expect(await faultOf(ada.UpdateOrderStatusAsync({ id: placed.order?.id ?? 0, status: 'shipped' }))).toMatchObject({ code: 'FORBIDDEN' });
    // Not one of the XSD's OrderStatus values, which the typed client would not let through.
    const badStatus = await faultOf(admin.UpdateOrderStatusAsync({ id: placed.order?.id ?? 0, status: 'lost' as 'paid' }));
    expect(badStatus).toMatchObject({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'status' })] });
  });

  it('fills, reads, trims and checks out the cart', async () => {
    const ada = await signedIn('customer');
    expect(await faultOf(ada.CheckoutAsync({}))).toMatchObject({ code: 'CONFLICT' });
    await ada.SetCartItemAsync({ productId: 1, quantity: 2 });
    const [cart] = await ada.SetCartItemAsync({ productId: 2, quantity: 1 });
    expect(cart.cart?.items).toEqual([{ productId: 1, quantity: 2 }, { productId: 2, quantity: 1 }]);
    const [read] = await ada.GetCartAsync({});
    expect(read.cart).toEqual(cart.cart);
    const [trimmed] = await ada.RemoveCartItemAsync({ productId: 2 });
    expect(trimmed.cart?.items).toEqual([{ productId: 1, quantity: 2 }]);
    expect(await faultOf(ada.RemoveCartItemAsync({ productId: 2 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await faultOf(ada.SetCartItemAsync({ productId: 9999, quantity: 1 }))).toMatchObject({ code: 'NOT_FOUND' });
    const [checkedOut] = await ada.CheckoutAsync({});
    expect(checkedOut.order).toMatchObject({ customerId: 1, status: 'pending', totalCents: trimmed.cart?.totalCents });
    const [emptied] = await ada.GetCartAsync({});
    expect(emptied.cart?.items ?? []).toEqual([]);
    expect(emptied.cart?.totalCents).toBe(0);
  });

  it('lists customers for an admin only; a customer sees only themself', async () => {
    const admin = await signedIn('admin');
    const [page] = await admin.ListCustomersAsync({ limit: 5, offset: 0 });
    expect(page).toMatchObject({ limit: 5, offset: 0 });
    expect(page.total).toBeGreaterThanOrEqual(21);
    expect(page.items).toHaveLength(5);
    expect(page.items?.[0]).not.toHaveProperty('passwordHash');
    const ada = await signedIn('customer');
    expect(await faultOf(ada.ListCustomersAsync({}))).toMatchObject({ code: 'FORBIDDEN' });
    const [self] = await ada.GetCustomerAsync({ id: 1 });
    expect(self.customer).toMatchObject({ id: 1, email: 'ada@example.com', role: 'customer' });
    expect(await faultOf(ada.GetCustomerAsync({ id: 2 }))).toMatchObject({ code: 'NOT_FOUND' });
    const [other] = await admin.GetCustomerAsync({ id: 2 });
    expect(other.customer?.id).toBe(2);
  });
});
