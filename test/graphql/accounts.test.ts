import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/services/clock.js';
import { logInMutation, myOrdersQuery } from '../../src/protocols/graphql/graphiql-options.js';
import { errorCodes } from '../support/graphql-requests.js';
import { createTestKit } from '../support/test-kit.js';
import { defaultLoginThrottle } from '../../src/services/login-throttle.js';

const register = 'mutation($input: RegisterInput!) { register(input: $input) { id email name role createdAt } }';
const login = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt customer { email role } } }';
const newcomer = { email: 'Newcomer@Example.com', name: 'New Comer', password: 'correct horse battery' };

describe('GraphQL identity', () => {
  it('registers a customer, refusing a taken email (CONFLICT) and bad input (VALIDATION_FAILED)', async () => {
    const { gql } = createTestKit();
    const created = await gql(register, { input: newcomer });
    expect(created.body.data).toEqual({
      register: { id: expect.any(String), email: 'newcomer@example.com', name: 'New Comer', role: 'customer', createdAt: expect.stringMatching(/Z$/) },
    });
    const taken = await gql(register, { input: newcomer });
    expect(taken.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', fields: [{ path: 'email', message: 'Already registered.' }] });
    const invalid = await gql(register, { input: { email: 'not-an-email', name: 'X', password: 'short' } });
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect((invalid.body.errors?.[0]?.extensions?.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(['email', 'password']);
  });

  it('logs in, answers me, logs out, and then me fails', async () => {
    const { gql } = createTestKit();
    await gql(register, { input: newcomer });
    const session = await gql<{ login: { token: string; expiresAt: string } }>(login, { e: newcomer.email, p: newcomer.password });
    expect(session.body.data?.login).toEqual({ token: expect.any(String), expiresAt: expect.stringMatching(/Z$/), customer: { email: 'newcomer@example.com', role: 'customer' } });
    const token = session.body.data!.login.token;
    expect((await gql('{ me { email } }', {}, { token })).body.data).toEqual({ me: { email: 'newcomer@example.com' } });
    const logout = await gql('mutation { logout }', {}, { token });
    expect(logout.body.data).toEqual({ logout: true });
    expect(logout.headers.get('set-cookie')).toMatch(/^shop_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/);
    const after = await gql('{ me { email } }', {}, { token });
    expect(errorCodes(after)).toEqual(['UNAUTHENTICATED']);
    expect(after.body.errors?.[0]?.message).toMatch(/expired or was logged out/);
  });

  it('sets an HttpOnly, SameSite session cookie that authenticates later requests', async () => {
    const { gql, app } = createTestKit();
    await gql(register, { input: newcomer });
    const session = await gql<{ login: { token: string } }>(login, { e: newcomer.email, p: newcomer.password });
    const cookie = session.headers.get('set-cookie') ?? '';
    // A true session cookie: no Expires or Max-Age (the server ends the session; the browser drops the cookie on close).
    expect(cookie).toBe(`shop_session=${session.body.data!.login.token}; Path=/; HttpOnly; SameSite=Lax`);
    expect(cookie).not.toMatch(/Secure/);
    const viaCookie = await app.request('/graphql?query=%7Bme%7Bemail%7D%7D', { headers: { cookie: cookie.split(';')[0]!, accept: 'application/json' } });
    expect(await viaCookie.json()).toEqual({ data: { me: { email: 'newcomer@example.com' } } });
  });

  it('marks the cookie Secure when the request came over HTTPS (through a trusted proxy)', async () => {
    const { gql } = createTestKit({ trustProxy: true });
    await gql(register, { input: newcomer });
    const session = await gql(login, { e: newcomer.email, p: newcomer.password }, { headers: { 'x-forwarded-proto': 'https' } });
    expect(session.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('refuses a cookie-authenticated write from another site (FORBIDDEN), but not a same-site one', async () => {
    const { gql, tokenFor } = createTestKit();
    const cookie = `shop_session=${await tokenFor('customer')}`;
    const write = 'mutation { setCartItem(productId: "5", quantity: 1) { totalCents } }';
    expect(errorCodes(await gql(write, {}, { headers: { cookie, origin: 'https://evil.example' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(write, {}, { headers: { cookie, origin: 'http://localhost' } }))).toEqual([]);
  });

  it('answers UNAUTHENTICATED for a wrong password, a bad token or a malformed Authorization header', async () => {
    const { gql } = createTestKit();
    await gql(register, { input: newcomer });
    const wrong = await gql(login, { e: newcomer.email, p: 'wrong password' });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(errorCodes(await gql('{ me { id } }', {}, { token: 'not-a-token' }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql('{ me { id } }', {}, { headers: { authorization: 'Basic abc' } }))).toEqual(['UNAUTHENTICATED']);
    // A stale credential does not block what needs none: the catalogue and logging in again.
    expect(errorCodes(await gql('{ categories { id } }', {}, { token: 'not-a-token' }))).toEqual([]);
  });

  it('answers UNAUTHENTICATED once a session has been idle too long', async () => {
    const clock = createManualClock();
    const { gql, tokenFor } = createTestKit({ clock });
    const token = await tokenFor('customer');
    expect((await gql('{ me { id } }', {}, { token })).body.data).toEqual({ me: { id: '1' } });
    clock.advance(31 * 60_000);
    const expired = await gql('{ me { id } }', {}, { token });
    expect(errorCodes(expired)).toEqual(['UNAUTHENTICATED']);
    expect(expired.body.errors?.[0]?.message).toMatch(/expired/);
  });

  it('rate-limits repeated failed logins with retryAfterSeconds', async () => {
    const { gql } = createTestKit({ auth: { loginThrottle: { ...defaultLoginThrottle, freeFailures: 1, firstDelayMs: 60_000 } } });
    await gql(register, { input: newcomer });
    expect(errorCodes(await gql(login, { e: newcomer.email, p: 'wrong password' }))).toEqual(['UNAUTHENTICATED']);
    const limited = await gql(login, { e: newcomer.email, p: 'wrong password' });
    expect(limited.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
  });

  it('runs the LogIn and MyOrders tabs GraphiQL opens with, the cookie carrying the session', async () => {
    const { app } = createTestKit();
    const post = (query: string, cookie = '') =>
      app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query }) });
    const login = await post(logInMutation);
    expect(await login.json()).toMatchObject({ data: { login: { customer: { name: 'Ada Lovelace', role: 'customer' } } } });
    const orders = await post(myOrdersQuery, login.headers.get('set-cookie')!.split(';')[0]);
    expect(await orders.json()).toMatchObject({ data: { me: { name: 'Ada Lovelace', orders: { nodes: expect.any(Array) } } } });
  });
});

describe('GraphQL customers', () => {
  it('lists customers for an admin only', async () => {
    const { gql, tokenFor } = createTestKit();
    const list = await gql<{ customers: { totalCount: number; nodes: unknown[] } }>('{ customers(first: 5) { totalCount nodes { id email role } } }', {}, { token: await tokenFor('admin') });
    expect(list.body.data?.customers.totalCount).toBe(21);
    expect(list.body.data?.customers.nodes).toHaveLength(5);
    expect(errorCodes(await gql('{ customers { totalCount } }', {}, { token: await tokenFor('customer') }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql('{ customers { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('shows a customer to themselves and admins; others are NOT_FOUND', async () => {
    const { gql, tokenFor } = createTestKit();
    const ada = await tokenFor('customer');
    const own = await gql('{ customer(id: "1") { id email orders(first: 2, filter: { status: paid }) { totalCount nodes { status customerId } } } }', {}, { token: ada });
    expect(own.body.data).toEqual({
      customer: { id: '1', email: 'ada@example.com', orders: { totalCount: 2, nodes: [{ status: 'paid', customerId: '1' }, { status: 'paid', customerId: '1' }] } },
    });
    expect(errorCodes(await gql('{ customer(id: "2") { id } }', {}, { token: ada }))).toEqual(['NOT_FOUND']);
    const byAdmin = await gql('{ customer(id: "2") { id orders { totalCount } } }', {}, { token: await tokenFor('admin') });
    expect(byAdmin.body.data).toEqual({ customer: { id: '2', orders: { totalCount: 2 } } });
  });
});
