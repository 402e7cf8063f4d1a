import { describe, expect, it } from 'vitest';
import { errorCodes } from '../support/graphql-requests.js';
import { createTestKit, seeded } from '../support/test-kit.js';

const orderFields = 'id customerId status totalCents items { productId quantity unitPriceCents product { id name } }';
const placeOrder = `mutation($items: [OrderItemInput!]!) { placeOrder(input: { items: $items }) { ${orderFields} } }`;

describe('GraphQL orders', () => {
  it('lists a customer’s own orders, and every order for an admin', async () => {
    const { gql, tokenFor, services } = createTestKit();
    type Orders = { orders: { totalCount: number; nodes: { customerId: string }[] } };
    const own = await gql<Orders>('{ orders(first: 100) { totalCount nodes { customerId } } }', {}, { token: await tokenFor('customer') });
    expect(own.body.data?.orders.nodes.every((o) => o.customerId === String(seeded.ada))).toBe(true);
    expect(own.body.data?.orders.totalCount).toBe(5);
    const all = await gql<Orders>('{ orders(first: 1) { totalCount } }', {}, { token: await tokenFor('admin') });
    expect(all.body.data?.orders.totalCount).toBe(services.orders.listOrders({ kind: 'customer', customerId: 21, role: 'admin' }).total);
    const filtered = await gql<Orders>('{ orders(filter: { status: pending, customerId: "2" }) { nodes { customerId } } }', {}, { token: await tokenFor('admin') });
    expect(filtered.body.data?.orders.nodes).toEqual([{ customerId: '2' }]);
  });

  it('refuses the order list to anonymous callers, and other customers’ orders to customers', async () => {
    const { gql, tokenFor } = createTestKit();
    expect(errorCodes(await gql('{ orders { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql('{ orders(filter: { customerId: "2" }) { totalCount } }', {}, { token: await tokenFor('customer') }))).toEqual(['FORBIDDEN']);
  });

  it('reads one order with its products; someone else’s is NOT_FOUND', async () => {
    const { gql, tokenFor } = createTestKit();
    const token = await tokenFor('customer');
    const own = await gql<{ order: { items: { product: { id: string } }[] } }>(`{ order(id: "1") { ${orderFields} } }`, {}, { token });
    expect(own.body.data?.order.items.length).toBe(3);
    expect(errorCodes(await gql('{ order(id: "41") { id } }', {}, { token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql('{ order(id: "1") { id } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('places an order at today’s prices and takes the stock', async () => {
    const { gql, tokenFor, services } = createTestKit();
    const before = services.catalog.getProduct(2);
    const placed = await gql(placeOrder, { items: [{ productId: '2', quantity: 3 }] }, { token: await tokenFor('otherCustomer') });
    expect(placed.body.data).toEqual({
      placeOrder: {
        id: expect.any(String), customerId: '2', status: 'pending', totalCents: before.priceCents * 3,
        items: [{ productId: '2', quantity: 3, unitPriceCents: before.priceCents, product: { id: '2', name: before.name } }],
      },
    });
    expect(services.catalog.getProduct(2).stock).toBe(before.stock - 3);
  });

  it('refuses an order beyond the stock (OUT_OF_STOCK) or with bad lines (VALIDATION_FAILED), changing nothing', async () => {
    const { gql, tokenFor, services } = createTestKit();
    const token = await tokenFor('otherCustomer');
    const outOfStock = await gql(placeOrder, { items: [{ productId: '3', quantity: 1 }, { productId: '11', quantity: 1 }] }, { token });
    expect(outOfStock.body.errors?.[0]?.extensions).toMatchObject({ code: 'OUT_OF_STOCK', fields: [{ path: 'items.1.quantity' }] });
    expect(services.catalog.getProduct(3).stock).toBe(81);
    const badId = await gql(placeOrder, { items: [{ productId: 'x', quantity: 1 }] }, { token });
    expect(badId.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'items.0.productId' }] });
    const tooMany = await gql(placeOrder, { items: [{ productId: '3', quantity: 101 }] }, { token });
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'items.0.quantity' }] });
    expect(errorCodes(await gql(placeOrder, { items: [] }, { token }))).toEqual(['VALIDATION_FAILED']);
    expect(errorCodes(await gql(placeOrder, { items: [{ productId: '3', quantity: 1 }] }))).toEqual(['UNAUTHENTICATED']);
  });

  it('cancels an order once (CONFLICT the second time) and restocks it', async () => {
    const { gql, tokenFor, services } = createTestKit();
    const token = await tokenFor('customer');
    const cancel = 'mutation($id: ID!) { cancelOrder(id: $id) { id status } }';
    expect((await gql(cancel, { id: '3' }, { token })).body.data).toEqual({ cancelOrder: { id: '3', status: 'cancelled' } });
    expect(errorCodes(await gql(cancel, { id: '3' }, { token }))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql(cancel, { id: '57' }, { token }))).toEqual(['NOT_FOUND']);
    expect(services.orders.getOrder({ kind: 'customer', customerId: 1, role: 'customer' }, 3).status).toBe('cancelled');
  });

  it('lets only an admin move an order forward', async () => {
    const { gql, tokenFor } = createTestKit();
    const update = 'mutation($id: ID!, $s: OrderStatus!) { updateOrderStatus(id: $id, status: $s) { id status } }';
    expect(errorCodes(await gql(update, { id: '3', s: 'paid' }, { token: await tokenFor('customer') }))).toEqual(['FORBIDDEN']);
    const admin = await tokenFor('admin');
    expect((await gql(update, { id: '3', s: 'paid' }, { token: admin })).body.data).toEqual({ updateOrderStatus: { id: '3', status: 'paid' } });
    expect(errorCodes(await gql(update, { id: '1', s: 'paid' }, { token: admin }))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql(update, { id: '999', s: 'paid' }, { token: admin }))).toEqual(['NOT_FOUND']);
    const badStatus = await gql(update, { id: '3', s: 'lost' }, { token: admin });
    expect(badStatus.status).toBe(400);
  });
});

describe('GraphQL cart', () => {
  const cartFields = 'items { productId quantity product { name } } totalCents';

  it('fills, changes, empties and checks out the cart', async () => {
    const { gql, tokenFor, services } = createTestKit();
    const token = await tokenFor('customer');
    const price = services.catalog.getProduct(5).priceCents;
    const set = `mutation($p: ID!, $q: Int!) { setCartItem(productId: $p, quantity: $q) { ${cartFields} } }`;
    expect((await gql(set, { p: '5', q: 2 }, { token })).body.data).toEqual({
      setCartItem: { items: [{ productId: '5', quantity: 2, product: { name: services.catalog.getProduct(5).name } }], totalCents: price * 2 },
    });
    await gql(set, { p: '6', q: 1 }, { token });
    const removed = await gql<{ removeCartItem: { items: unknown[] } }>(`mutation { removeCartItem(productId: "6") { ${cartFields} } }`, {}, { token });
    expect(removed.body.data?.removeCartItem.items).toHaveLength(1);
    expect((await gql<{ cart: { totalCents: number } }>(`{ cart { ${cartFields} } }`, {}, { token })).body.data?.cart.totalCents).toBe(price * 2);
    const order = await gql('mutation { checkout { status totalCents items { productId quantity } } }', {}, { token });
    expect(order.body.data).toEqual({ checkout: { status: 'pending', totalCents: price * 2, items: [{ productId: '5', quantity: 2 }] } });
    expect((await gql(`{ cart { ${cartFields} } }`, {}, { token })).body.data).toEqual({ cart: { items: [], totalCents: 0 } });
  });

  it('answers each cart error with its code', async () => {
    const { gql, tokenFor } = createTestKit();
    const token = await tokenFor('customer');
    expect(errorCodes(await gql('{ cart { totalCents } }'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql('mutation { checkout { id } }', {}, { token }))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql('mutation { removeCartItem(productId: "5") { totalCents } }', {}, { token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql('mutation { setCartItem(productId: "999", quantity: 1) { totalCents } }', {}, { token }))).toEqual(['NOT_FOUND']);
    const zero = await gql('mutation { setCartItem(productId: "5", quantity: 0) { totalCents } }', {}, { token });
    expect(zero.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'quantity' }] });
    await gql('mutation { setCartItem(productId: "11", quantity: 1) { totalCents } }', {}, { token });
    expect(errorCodes(await gql('mutation { checkout { id } }', {}, { token }))).toEqual(['OUT_OF_STOCK']);
  });
});
