import { describe, expect, it } from 'vitest';
import { bearer, problemOf } from '../support/rest-requests.js';
import { createTestKit } from '../support/test-kit.js';

describe('customers', () => {
  it('lets an admin page through customers, never showing password hashes', async () => {
    const { request, tokenFor } = createTestKit();
    const admin = bearer(await tokenFor('admin'));
    const response = await request('/rest/customers?limit=5&offset=5', { headers: admin });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(/password/i);
    const page = JSON.parse(text) as { items: Record<string, unknown>[]; total: number; limit: number; offset: number };
    expect(page).toMatchObject({ total: 21, limit: 5, offset: 5 });
    expect(Object.keys(page.items[0] ?? {}).sort()).toEqual(['createdAt', 'email', 'id', 'name', 'role']);
    expect(response.headers.get('x-total-count')).toBe('21');
    expect(response.headers.get('link')).toContain('rel="prev"');
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect((await request('/rest/customers?limit=1000', { headers: admin })).status).toBe(422);
  });

  it('refuses the list to customers and shows them only themselves', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const list = await request('/rest/customers', { headers: ada });
    expect(list.status).toBe(403);
    expect((await problemOf(list)).code).toBe('FORBIDDEN');
    expect(await (await request('/rest/customers/1', { headers: ada })).json()).toMatchObject({ id: 1, email: 'ada@example.com' });
    expect((await request('/rest/customers/2', { headers: ada })).status).toBe(404);
    expect((await request('/rest/customers/1')).status).toBe(401);
  });
});
