import { describe, expect, it } from 'vitest';
import { bearer, problemOf, sendJson } from '../support/rest-requests.js';
import { createTestKit } from '../support/test-kit.js';

interface Order {
  id: number;
  customerId: number;
  status: string;
  items: { productId: number; quantity: number; unitPriceCents: number }[];
  totalCents: number;
}
interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

const ordersOf = async (response: Response) => (await response.json()) as Page<Order>;

describe('GET /rest/orders', () => {
  it('shows a customer only their own orders, and an admin everyone\'s', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const admin = bearer(await tokenFor('admin'));
    const own = await request('/rest/orders?limit=100', { headers: ada });
    expect(own.status).toBe(200);
    const ownPage = await ordersOf(own);
    expect(ownPage.total).toBeGreaterThan(0);
    expect(ownPage.items.every((order) => order.customerId === 1)).toBe(true);
    expect(own.headers.get('x-total-count')).toBe(String(ownPage.total));

    const all = await ordersOf(await request('/rest/orders?limit=100', { headers: admin }));
    expect(all.total).toBeGreaterThan(ownPage.total);
    const grace = await ordersOf(await request('/rest/orders?customerId=2&limit=100', { headers: admin }));
    expect(grace.items.every((order) => order.customerId === 2)).toBe(true);

    const refused = await request('/rest/orders?customerId=2', { headers: ada });
    expect(refused.status).toBe(403);
    expect((await request('/rest/orders')).status).toBe(401);
  });

  it('filters by status, sorts, and names an unknown sort field', async () => {
    const { request, tokenFor } = createTestKit();
    const admin = bearer(await tokenFor('admin'));
    const paid = await ordersOf(await request('/rest/orders?status=paid&limit=100', { headers: admin }));
    expect(paid.total).toBeGreaterThan(0);
    expect(paid.items.every((order) => order.status === 'paid')).toBe(true);
    const sorted = await ordersOf(await request('/rest/orders?sort=-totalCents&limit=100', { headers: admin }));
    const totals = sorted.items.map((order) => order.totalCents);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const bad = await request('/rest/orders?sort=price', { headers: admin });
    expect((await problemOf(bad)).errors).toEqual([{ path: 'sort', message: expect.stringContaining('"price"') }]);
    expect((await request('/rest/orders?status=lost', { headers: admin })).status).toBe(422);
  });

  it('marks orders private: Cache-Control, Vary, and an ETag that differs per caller', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const response = await request('/rest/orders', { headers: ada });
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(response.headers.get('vary')).toBe('Authorization, Cookie');
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\//);
    const notModified = await request('/rest/orders', { headers: { ...ada, 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('vary')).toBe('Authorization, Cookie');
  });
});

describe('GET /rest/orders/{id}', () => {
  it('returns an own order and hides other customers\' orders as 404', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const admin = bearer(await tokenFor('admin'));
    const own = (await ordersOf(await request('/rest/orders?limit=1', { headers: ada }))).items[0] as Order;
    expect(await (await request(`/rest/orders/${own.id}`, { headers: ada })).json()).toEqual(own);
    const others = (await ordersOf(await request('/rest/orders?customerId=2&limit=1', { headers: admin }))).items[0] as Order;
    const hidden = await request(`/rest/orders/${others.id}`, { headers: ada });
    expect(hidden.status).toBe(404);
    expect((await request(`/rest/orders/${others.id}`, { headers: admin })).status).toBe(200);
  });
});

describe('POST /rest/orders', () => {
  it('places an order: 201, Location, prices from the catalogue, stock taken', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const product = (await (await request('/rest/products/2')).json()) as { stock: number; priceCents: number };
    const response = await request('/rest/orders', sendJson('POST', { items: [{ productId: 2, quantity: 2 }] }, ada));
    expect(response.status).toBe(201);
    const order = (await response.json()) as Order;
    expect(order).toMatchObject({ customerId: 1, status: 'pending', totalCents: 2 * product.priceCents, items: [{ productId: 2, quantity: 2, unitPriceCents: product.priceCents }] });
    expect(response.headers.get('location')).toBe(`/rest/orders/${order.id}`);
    expect(((await (await request('/rest/products/2')).json()) as { stock: number }).stock).toBe(product.stock - 2);
  });

  it('answers too little stock with 409 OUT_OF_STOCK naming the line, and takes nothing', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const product = (await (await request('/rest/products/2')).json()) as { stock: number };
    const response = await request('/rest/orders', sendJson('POST', { items: [{ productId: 1, quantity: 1 }, { productId: 2, quantity: product.stock + 1 }] }, ada));
    expect(response.status).toBe(409);
    expect(await problemOf(response)).toMatchObject({ code: 'OUT_OF_STOCK', errors: [{ path: 'items.1.quantity' }], type: expect.stringContaining('out-of-stock') });
    expect(((await (await request('/rest/products/2')).json()) as { stock: number }).stock).toBe(product.stock);
  });

  it('refuses a client-chosen status or price (no mass assignment)', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const status = await request('/rest/orders', sendJson('POST', { items: [{ productId: 2, quantity: 1 }], status: 'shipped' }, ada));
    expect((await problemOf(status)).errors).toEqual([{ path: 'status', message: 'Unknown field.' }]);
    const price = await request('/rest/orders', sendJson('POST', { items: [{ productId: 2, quantity: 1, unitPriceCents: 1 }] }, ada));
    expect((await problemOf(price)).errors).toEqual([{ path: 'items.0.unitPriceCents', message: 'Unknown field.' }]);
    const empty = await request('/rest/orders', sendJson('POST', { items: [] }, ada));
    expect((await problemOf(empty)).errors[0]?.path).toBe('items');
  });
});

describe('cancelling and changing status', () => {
  it('cancels a pending order once, restocking it', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const before = ((await (await request('/rest/products/3')).json()) as { stock: number }).stock;
    const order = (await (await request('/rest/orders', sendJson('POST', { items: [{ productId: 3, quantity: 1 }] }, ada))).json()) as Order;
    const cancelled = await request(`/rest/orders/${order.id}/cancel`, { method: 'POST', headers: ada });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ id: order.id, status: 'cancelled' });
    expect(((await (await request('/rest/products/3')).json()) as { stock: number }).stock).toBe(before);
    const again = await request(`/rest/orders/${order.id}/cancel`, { method: 'POST', headers: ada });
    expect(again.status).toBe(409);
  });

  it('lets only an admin move an order forward, in order', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const admin = bearer(await tokenFor('admin'));
    const order = (await (await request('/rest/orders', sendJson('POST', { items: [{ productId: 3, quantity: 1 }] }, ada))).json()) as Order;
    expect((await request(`/rest/orders/${order.id}`, sendJson('PATCH', { status: 'paid' }, ada))).status).toBe(403);
    const paid = await request(`/rest/orders/${order.id}`, sendJson('PATCH', { status: 'paid' }, admin));
    expect(paid.status).toBe(200);
    expect(await paid.json()).toMatchObject({ status: 'paid' });
    expect((await request(`/rest/orders/${order.id}`, sendJson('PATCH', { status: 'pending' }, admin))).status).toBe(409);
    const invalid = await request(`/rest/orders/${order.id}`, sendJson('PATCH', { status: 'lost' }, admin));
    expect((await problemOf(invalid)).errors[0]?.path).toBe('status');
  });
});
