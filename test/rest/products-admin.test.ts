import { describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../src/http/app-env.js';
import { bearer, problemOf, sendJson } from '../support/rest-requests.js';
import { createTestKit } from '../support/test-kit.js';

const newProduct = { sku: 'TEA-0100', name: 'Yunnan Gold 100 g', description: 'Malty, honeyed.', priceCents: 1750, stock: 40, categoryId: 2 };

describe('POST /rest/products', () => {
  it('lets an admin create a product: 201, Location, and the product is there', async () => {
    const { request, tokenFor } = createTestKit();
    const admin = bearer(await tokenFor('admin'));
    const response = await request('/rest/products', sendJson('POST', newProduct, admin));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: number };
    expect(created).toMatchObject({ ...newProduct, currency: 'EUR', id: expect.any(Number) });
    expect(response.headers.get('location')).toBe(`/rest/products/${created.id}`);
    expect(await (await request(response.headers.get('location') ?? '')).json()).toEqual(created);
  });

  it('refuses anonymous callers with 401 + WWW-Authenticate and customers with 403', async () => {
    const { request, tokenFor } = createTestKit();
    const anonymous = await request('/rest/products', sendJson('POST', newProduct));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await problemOf(anonymous)).code).toBe('UNAUTHENTICATED');
    const customer = await request('/rest/products', sendJson('POST', newProduct, bearer(await tokenFor('customer'))));
    expect(customer.status).toBe(403);
    expect((await problemOf(customer)).code).toBe('FORBIDDEN');
    expect((await (await request('/rest/products?q=yunnan')).json()).total).toBe(0);
  });

  it('answers a duplicate SKU with 409 naming the field, and an unknown category with 422', async () => {
    const { request, tokenFor } = createTestKit();
    const admin = bearer(await tokenFor('admin'));
    const duplicate = await request('/rest/products', sendJson('POST', { ...newProduct, sku: 'COF-0001' }, admin));
    expect(duplicate.status).toBe(409);
    expect(await problemOf(duplicate)).toMatchObject({ code: 'CONFLICT', errors: [{ path: 'sku' }] });
    const noCategory = await request('/rest/products', sendJson('POST', { ...newProduct, categoryId: 99 }, admin));
    expect(noCategory.status).toBe(422);
    expect((await problemOf(noCategory)).errors[0]?.path).toBe('categoryId');
  });

  it('refuses fields the client may not set (no mass assignment) and wrong types, with paths', async () => {
    const { request, tokenFor } = createTestKit();
    const admin = bearer(await tokenFor('admin'));
    const extra = await request('/rest/products', sendJson('POST', { ...newProduct, id: 1, createdAt: '2020-01-01T00:00:00Z' }, admin));
    expect(extra.status).toBe(422);
    expect((await problemOf(extra)).errors).toEqual([
      { path: 'id', message: 'Unknown field.' },
      { path: 'createdAt', message: 'Unknown field.' },
    ]);
    const wrongTypes = await request('/rest/products', sendJson('POST', { ...newProduct, priceCents: '17.50', stock: -1 }, admin));
    expect(wrongTypes.status).toBe(422);
    expect((await problemOf(wrongTypes)).errors.map((error) => error.path)).toEqual(['priceCents', 'stock']);
  });

  it('answers malformed JSON with 400, a non-JSON body with 415 and a body over 1 MiB with 413', async () => {
    const { request, tokenFor } = createTestKit();
    const admin = bearer(await tokenFor('admin'));
    const malformed = await request('/rest/products', { method: 'POST', headers: { 'content-type': 'application/json', ...admin }, body: '{"sku": ' });
    expect(malformed.status).toBe(400);
    expect(await problemOf(malformed)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', type: expect.stringContaining('malformed-json') });
    const text = await request('/rest/products', { method: 'POST', headers: { 'content-type': 'text/plain', ...admin }, body: JSON.stringify(newProduct) });
    expect(text.status).toBe(415);
    const form = await request('/rest/products', { method: 'POST', headers: admin, body: new URLSearchParams({ sku: 'X' }) });
    expect(form.status).toBe(415);
    const huge = await request('/rest/products', sendJson('POST', { ...newProduct, description: 'x'.repeat(maxBodyBytes) }, admin));
    expect(huge.status).toBe(413);
    expect((await problemOf(huge)).status).toBe(413);
    expect((await (await request('/rest/products?q=yunnan')).json()).total).toBe(0);
  });
});

describe('PATCH /rest/products/{id}', () => {
  it('changes only the given fields', async () => {
    const { request, tokenFor } = createTestKit();
    const admin = bearer(await tokenFor('admin'));
    const before = (await (await request('/rest/products/1')).json()) as Record<string, unknown>;
    const response = await request('/rest/products/1', sendJson('PATCH', { priceCents: 999 }, admin));
    expect(response.status).toBe(200);
    const after = (await response.json()) as Record<string, unknown>;
    expect(after).toMatchObject({ ...before, priceCents: 999, updatedAt: expect.any(String) });
    expect(after.description).toBe(before.description);
  });

  it('refuses an empty patch, an unknown field and non-admins', async () => {
    const { request, tokenFor } = createTestKit();
    const admin = bearer(await tokenFor('admin'));
    expect((await request('/rest/products/1', sendJson('PATCH', {}, admin))).status).toBe(422);
    const unknown = await request('/rest/products/1', sendJson('PATCH', { currency: 'USD' }, admin));
    expect((await problemOf(unknown)).errors).toContainEqual({ path: 'currency', message: 'Unknown field.' });
    expect((await request('/rest/products/999', sendJson('PATCH', { stock: 1 }, admin))).status).toBe(404);
    expect((await request('/rest/products/1', sendJson('PATCH', { stock: 1 }))).status).toBe(401);
  });
});

describe('DELETE /rest/products/{id}', () => {
  it('deletes an unordered product (204) and refuses one that appears in orders (409)', async () => {
    const { request, tokenFor } = createTestKit();
    const admin = bearer(await tokenFor('admin'));
    const created = (await (await request('/rest/products', sendJson('POST', newProduct, admin))).json()) as { id: number };
    const deleted = await request(`/rest/products/${created.id}`, { method: 'DELETE', headers: admin });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    expect((await request(`/rest/products/${created.id}`)).status).toBe(404);
    expect((await request(`/rest/products/${created.id}`, { method: 'DELETE', headers: admin })).status).toBe(404);

    const orders = (await (await request('/rest/orders?limit=1', { headers: admin })).json()) as { items: { items: { productId: number }[] }[] };
    const ordered = orders.items[0]?.items[0]?.productId;
    const refused = await request(`/rest/products/${ordered}`, { method: 'DELETE', headers: admin });
    expect(refused.status).toBe(409);
    expect((await problemOf(refused)).code).toBe('CONFLICT');
  });
});
