import { describe, expect, it } from 'vitest';
import { bearer, problemOf, sendJson } from '../support/rest-requests.js';
import { createTestKit } from '../support/test-kit.js';

describe('the cart', () => {
  it('sets, replaces and removes items, and checks out into an order', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const empty = await request('/rest/cart', { headers: ada });
    expect(await empty.json()).toEqual({ items: [], totalCents: 0 });
    expect(empty.headers.get('cache-control')).toBe('private, no-cache');

    const price = ((await (await request('/rest/products/2')).json()) as { priceCents: number }).priceCents;
    const set = await request('/rest/cart/items/2', sendJson('PUT', { quantity: 3 }, ada));
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ items: [{ productId: 2, quantity: 3 }], totalCents: 3 * price });
    const replaced = await request('/rest/cart/items/2', sendJson('PUT', { quantity: 1 }, ada));
    expect(await replaced.json()).toEqual({ items: [{ productId: 2, quantity: 1 }], totalCents: price });
    await request('/rest/cart/items/4', sendJson('PUT', { quantity: 1 }, ada));

    const removed = await request('/rest/cart/items/4', { method: 'DELETE', headers: ada });
    expect(removed.status).toBe(204);
    expect((await request('/rest/cart/items/4', { method: 'DELETE', headers: ada })).status).toBe(404);

    const checkout = await request('/rest/cart/checkout', { method: 'POST', headers: ada });
    expect(checkout.status).toBe(201);
    const order = (await checkout.json()) as { id: number; items: unknown[] };
    expect(order.items).toEqual([{ productId: 2, quantity: 1, unitPriceCents: price }]);
    expect(checkout.headers.get('location')).toBe(`/rest/orders/${order.id}`);
    expect((await request(checkout.headers.get('location') ?? '', { headers: ada })).status).toBe(200);
    expect(await (await request('/rest/cart', { headers: ada })).json()).toEqual({ items: [], totalCents: 0 });

    const again = await request('/rest/cart/checkout', { method: 'POST', headers: ada });
    expect(again.status).toBe(409);
    expect((await problemOf(again)).code).toBe('CONFLICT');
  });

  it('validates quantities and products, and needs a signed-in customer', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const zero = await request('/rest/cart/items/2', sendJson('PUT', { quantity: 0 }, ada));
    expect((await problemOf(zero)).errors[0]?.path).toBe('quantity');
    const extra = await request('/rest/cart/items/2', sendJson('PUT', { quantity: 1, unitPriceCents: 1 }, ada));
    expect((await problemOf(extra)).errors).toEqual([{ path: 'unitPriceCents', message: 'Unknown field.' }]);
    expect((await request('/rest/cart/items/999', sendJson('PUT', { quantity: 1 }, ada))).status).toBe(404);
    expect((await request('/rest/cart/items/x', sendJson('PUT', { quantity: 1 }, ada))).status).toBe(422);
    expect((await request('/rest/cart')).status).toBe(401);
  });

  it('reports OUT_OF_STOCK at checkout and keeps the cart', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const soldOut = (await (await request('/rest/products?inStock=false&limit=1')).json()).items[0] as { id: number };
    await request(`/rest/cart/items/${soldOut.id}`, sendJson('PUT', { quantity: 1 }, ada));
    const checkout = await request('/rest/cart/checkout', { method: 'POST', headers: ada });
    expect(checkout.status).toBe(409);
    expect((await problemOf(checkout)).code).toBe('OUT_OF_STOCK');
    expect(((await (await request('/rest/cart', { headers: ada })).json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('gives two customers with equal carts different ETags', async () => {
    const { request, tokenFor, services } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const admin = bearer(await tokenFor('admin'));
    expect(services.cart.getCart(services.auth.authenticateToken(admin.authorization?.slice(7) ?? '')).items).toEqual([]);
    const adaTag = (await request('/rest/cart', { headers: ada })).headers.get('etag') ?? '';
    const adminTag = (await request('/rest/cart', { headers: admin })).headers.get('etag') ?? '';
    expect(adaTag).not.toBe(adminTag);
    expect((await request('/rest/cart', { headers: { ...admin, 'if-none-match': adaTag } })).status).toBe(200);
    expect((await request('/rest/cart', { headers: { ...ada, 'if-none-match': adaTag } })).status).toBe(304);
  });
});
