import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';

describe('REST over a real socket', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
  });
  afterEach(async () => {
    await server.close();
  });

  it('serves the catalogue, logs in, uses the cookie and the token, and publishes the docs', async () => {
    const products = await fetch(`${server.url}/rest/products?limit=2&include=category`);
    expect(products.status).toBe(200);
    expect(products.headers.get('x-total-count')).toBe('50');
    const page = (await products.json()) as { items: { category: { id: number } }[] };
    expect(page.items).toHaveLength(2);
    expect(page.items[0]?.category.id).toEqual(expect.any(Number));

    const { email, password } = demoAccounts.customer;
    const login = await fetch(`${server.url}/rest/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toBe(`shop_session=${token}`);

    const me = await fetch(`${server.url}/rest/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ email });
    const cart = await fetch(`${server.url}/rest/cart/items/2`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie, origin: server.url },
      body: JSON.stringify({ quantity: 1 }),
    });
    expect(cart.status).toBe(200);

    const tooBig = await fetch(`${server.url}/rest/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: `{"items": [${'{"productId": 1, "quantity": 1},'.repeat(40_000)}]}`,
    });
    expect(tooBig.status).toBe(413);

    const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as { openapi: string };
    expect(document.openapi).toBe('3.1.0');
    expect((await fetch(`${server.url}/docs`)).status).toBe(200);
  });
});
