import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { bearer, problemOf, sendJson } from '../support/rest-requests.js';
import { createTestKit } from '../support/test-kit.js';
import { defaultLoginThrottle } from '../../src/services/login-throttle.js';

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
    const body = (await response.json()) as { token: string; tokenType: string; expiresAt: string; sessionEndsAt: string; customer: Record<string, unknown> };
    expect(body).toEqual({
      token: expect.any(String),
      tokenType: 'Bearer',
      expiresAt: expect.any(String),
      sessionEndsAt: expect.any(String),
      customer: { id: 1, email: ada.email, name: 'Ada Lovelace', role: 'customer', createdAt: expect.any(String) },
    });
    // The idle deadline (30 minutes on) comes before the absolute one (12 hours on).
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(Date.parse(body.expiresAt) - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect(Date.parse(body.sessionEndsAt) - Date.parse(body.expiresAt)).toBe(11.5 * 3_600_000);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const cookie = cookieOf(response);
    expect(cookie).toContain(`shop_session=${body.token}`);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    // A true session cookie: the browser keeps it until it closes; the server ends the session at expiresAt/sessionEndsAt.
    expect(cookie).not.toMatch(/Expires|Max-Age/i);
  });

  it('marks the cookie Secure behind a trusted TLS proxy', async () => {
    const { request } = createTestKit({ trustProxy: true });
    const response = await request('/rest/auth/login', sendJson('POST', ada, { 'x-forwarded-proto': 'https' }));
    expect(response.status).toBe(200);
    expect(cookieOf(response)).toMatch(/; Secure/);
  });

  it('answers a wrong password with 401, then 429 with Retry-After once the limit is reached', async () => {
    const { request } = createTestKit({ auth: { loginThrottle: { ...defaultLoginThrottle, freeFailures: 2 } } });
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
    // A public read does not look at credentials; the next request that needs them drops the dead cookie.
    expect((await request('/rest/products', { headers: { cookie } })).status).toBe(200);
    const staleCookie = await request('/rest/me', { headers: { cookie } });
    expect(staleCookie.status).toBe(401);
    expect(cookieOf(staleCookie)).toMatch(/shop_session=;.*Max-Age=0/);
    expect((await request('/rest/me')).status).toBe(401);
  });

  it('answers public reads as anonymous whatever credentials come along, and refuses them where a caller is needed', async () => {
    const { request } = createTestKit();
    const anonymous = await (await request('/rest/products')).text();
    for (const headers of [bearer('made-up'), { authorization: 'Basic YWRhOng=' }, { authorization: 'Bearer ' }, { cookie: 'shop_session=made-up' }]) {
      const response = await request('/rest/products', { headers });
      expect(response.status, JSON.stringify(headers)).toBe(200);
      expect(await response.text()).toBe(anonymous);
      expect((await request('/rest/categories/1', { headers })).status).toBe(200);
      const me = await request('/rest/me', { headers });
      expect(me.status, JSON.stringify(headers)).toBe(401);
      expect((await problemOf(me)).code).toBe('UNAUTHENTICATED');
    }
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
