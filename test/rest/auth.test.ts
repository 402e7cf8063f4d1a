import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/store/seed-data.js';
import { bearer, problemOf, sendJson } from '../support/rest-requests.js';
import { createTestKit } from '../support/test-kit.js';

const ada = { email: demoAccounts.customer.email, password: demoAccounts.customer.password };

const cookieOf = (response: Response): string => response.headers.get('set-cookie') ?? '';
const sessionCookie = (response: Response): string => cookieOf(response).split(';')[0] ?? '';

describe('POST /rest/auth/register', () => {
  it('creates a customer (201, Location) and never shows the password hash', async () => {
    const { request } = createTestKit();
    const response = await request('/rest/auth/register', sendJson('POST', { email: 'Lin@Example.com', name: 'Lin Chen', password: 'a long passphrase' }));
    expect(response.status).toBe(201);
    const customer = (await response.json()) as Record<string, unknown>;
    expect(customer).toEqual({ id: expect.any(Number), email: 'lin@example.com', name: 'Lin Chen', role: 'customer', createdAt: expect.any(String) });
    expect(response.headers.get('location')).toBe(`/rest/customers/${customer.id}`);
  });

  it('refuses a chosen role (422, nothing created) and a taken email (409)', async () => {
    const { request, services, tokenFor } = createTestKit();
    const admin = await tokenFor('admin');
    const before = services.customers.listCustomers(services.auth.authenticateToken(admin)).total;
    const sneaky = await request('/rest/auth/register', sendJson('POST', { email: 'eve@example.com', name: 'Eve', password: 'password123', role: 'admin' }));
    expect(sneaky.status).toBe(422);
    expect((await problemOf(sneaky)).errors).toEqual([{ path: 'role', message: 'Unknown field.' }]);
    const taken = await request('/rest/auth/register', sendJson('POST', { email: ada.email, name: 'Ada 2', password: 'password123' }));
    expect(taken.status).toBe(409);
    expect(await problemOf(taken)).toMatchObject({ code: 'CONFLICT', errors: [{ path: 'email' }] });
    const short = await request('/rest/auth/register', sendJson('POST', { email: 'not-an-email', name: 'X', password: 'short' }));
    expect((await problemOf(short)).errors.map((error) => error.path)).toEqual(['email', 'password']);
    expect(services.customers.listCustomers(services.auth.authenticateToken(admin)).total).toBe(before);
  });
});

describe('POST /rest/auth/login', () => {
  it('returns a bearer token and sets an HttpOnly, SameSite=Lax session cookie (no Secure over http)', async () => {
    const { request } = createTestKit();
    const response = await request('/rest/auth/login', sendJson('POST', ada));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; tokenType: string; expiresAt: string; customer: Record<string, unknown> };
    expect(body).toEqual({
      token: expect.any(String),
      tokenType: 'Bearer',
      expiresAt: expect.any(String),
      customer: { id: 1, email: ada.email, name: 'Ada Lovelace', role: 'customer', createdAt: expect.any(String) },
    });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    expect(response.headers.get('cache-control')).toBe('no-store');
    const cookie = cookieOf(response);
    expect(cookie).toContain(`shop_session=${body.token}`);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure behind a trusted TLS proxy', async () => {
    const { request } = createTestKit({ trustProxy: true });
    const response = await request('/rest/auth/login', sendJson('POST', ada, { 'x-forwarded-proto': 'https' }));
    expect(response.status).toBe(200);
    expect(cookieOf(response)).toMatch(/; Secure/);
  });

  it('answers a wrong password with 401, then 429 with Retry-After once the limit is reached', async () => {
    const { request } = createTestKit({ auth: { loginFailuresPerAccount: { limit: 2, windowMs: 60_000 } } });
    const wrong = sendJson('POST', { ...ada, password: 'not-the-password' });
    const first = await request('/rest/auth/login', wrong);
    expect(first.status).toBe(401);
    expect(first.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await problemOf(first)).detail).toBe('Email or password is wrong.');
    expect((await request('/rest/auth/login', wrong)).status).toBe(401);
    const limited = await request('/rest/auth/login', sendJson('POST', ada));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await problemOf(limited)).code).toBe('RATE_LIMITED');
  });

  it('logs in even when the browser still sends an expired cookie', async () => {
    const { request } = createTestKit();
    const response = await request('/rest/auth/login', sendJson('POST', ada, { cookie: 'shop_session=stale' }));
    expect(response.status).toBe(200);
  });
});

describe('sessions through REST', () => {
  it('login → me → logout → me is 401, for the token and the cookie alike', async () => {
    const { request } = createTestKit();
    const login = await request('/rest/auth/login', sendJson('POST', ada));
    const { token } = (await login.json()) as { token: string };
    const cookie = sessionCookie(login);

    const me = await request('/rest/me', { headers: bearer(token) });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: 1, email: ada.email });
    expect((await request('/rest/me', { headers: { cookie } })).status).toBe(200);

    const logout = await request('/rest/auth/logout', { method: 'POST', headers: bearer(token) });
    expect(logout.status).toBe(204);
    expect(cookieOf(logout)).toMatch(/shop_session=;.*Max-Age=0/);

    const after = await request('/rest/me', { headers: bearer(token) });
    expect(after.status).toBe(401);
    expect((await problemOf(after)).code).toBe('UNAUTHENTICATED');
    const staleCookie = await request('/rest/products', { headers: { cookie } });
    expect(staleCookie.status).toBe(401);
    expect(cookieOf(staleCookie)).toMatch(/shop_session=;.*Max-Age=0/);
    expect((await request('/rest/me')).status).toBe(401);
  });

  it('answers bad credentials with 401 even on public routes', async () => {
    const { request } = createTestKit();
    expect((await request('/rest/products', { headers: bearer('made-up') })).status).toBe(401);
    expect((await request('/rest/categories', { headers: { authorization: 'Basic YWRhOng=' } })).status).toBe(401);
    expect((await request('/rest/products', { headers: { cookie: 'shop_session=made-up' } })).status).toBe(401);
  });
});

describe('CSRF protection for cookie-authenticated writes', () => {
  it('refuses a cross-origin cookie POST with 403 and changes nothing', async () => {
    const { request, services, tokenFor } = createTestKit();
    const token = await tokenFor('customer');
    const actor = services.auth.authenticateToken(token);
    const ordersBefore = services.orders.listOrders(actor).total;
    const stockBefore = services.catalog.getProduct(2).stock;
    const order = { items: [{ productId: 2, quantity: 1 }] };

    const crossSite = await request('/rest/orders', sendJson('POST', order, { cookie: `shop_session=${token}`, origin: 'https://evil.example' }));
    expect(crossSite.status).toBe(403);
    expect((await problemOf(crossSite)).code).toBe('FORBIDDEN');
    const fetchSite = await request('/rest/cart/items/2', sendJson('PUT', { quantity: 1 }, { cookie: `shop_session=${token}`, 'sec-fetch-site': 'cross-site' }));
    expect(fetchSite.status).toBe(403);
    expect(services.orders.listOrders(actor).total).toBe(ordersBefore);
    expect(services.catalog.getProduct(2).stock).toBe(stockBefore);
    expect(services.cart.getCart(actor).items).toEqual([]);

    const sameSite = await request('/rest/orders', sendJson('POST', order, { cookie: `shop_session=${token}`, origin: 'http://localhost' }));
    expect(sameSite.status).toBe(201);
  });
});
