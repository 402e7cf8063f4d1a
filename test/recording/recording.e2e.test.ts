import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/recording/exchange.js';
import { sampleEnvelope, sampleHeaders } from '../../src/protocols/soap/sample-envelope.js';
import { soap11, soap12 } from '../../src/protocols/soap/soap-versions.js';
import { createTestKit, testLogins } from '../support/test-kit.js';

const { password, email } = testLogins.customer;

async function recorded(kit: ReturnType<typeof createTestKit>, limit = 1): Promise<Exchange[]> {
  const response = await kit.request(`/inspect/exchanges?limit=${limit}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Exchange[];
}

const last = async (kit: ReturnType<typeof createTestKit>): Promise<Exchange> => (await recorded(kit))[0] as Exchange;

describe('recording through the app (in-process)', () => {
  it('records GraphQL calls made with GET, but not the GraphiQL page (the console, not an exchange)', async () => {
    const kit = createTestKit();
    const page = await kit.request('/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    await page.arrayBuffer();
    expect(await recorded(kit, 5)).toEqual([]);
    await kit.request('/graphql?query=%7Bcategories%7Bid%7D%7D', { headers: { accept: 'application/json' } });
    expect((await last(kit)).operation).toBe('query');
  });

  it('records a REST login with the password and the token masked, under its route', async () => {
    const kit = createTestKit();
    const response = await kit.request('/rest/auth/login?x=1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const answer = (await response.json()) as { token: string };
    expect(response.status).toBe(200);
    const exchange = await last(kit);
    expect(exchange).toMatchObject({ protocol: 'rest', operation: 'POST /rest/auth/login', method: 'POST', path: '/rest/auth/login?x=1', status: 200 });
    expect(exchange.requestId).toBe(response.headers.get('x-request-id'));
    expect(exchange.request.body).toBe(JSON.stringify({ email, password: '[redacted]' }));
    expect(exchange.response.body).toContain('"token":"[redacted]"');
    expect(JSON.stringify(exchange)).not.toContain(answer.token);
    expect(JSON.stringify(exchange)).not.toContain(password);
    expect(exchange.response.bytes).toBeGreaterThan(exchange.response.body.length - 20);
    expect(exchange.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('masks Authorization and Cookie on requests, the route pattern names the operation', async () => {
    const kit = createTestKit();
    const token = await kit.tokenFor('customer');
    await kit.request('/rest/products/3', { headers: { authorization: `Bearer ${token}`, cookie: `shop_session=${token}; theme=dark` } });
    const exchange = await last(kit);
    expect(exchange.operation).toBe('GET /rest/products/{id}');
    expect(exchange.request.headers.authorization).toBe('Bearer [redacted]');
    expect(exchange.request.headers.cookie).toBe('shop_session=[redacted]; theme=[redacted]');
    expect(JSON.stringify(exchange)).not.toContain(token);
    expect(JSON.parse(exchange.response.body)).toMatchObject({ id: 3 });
    // The head as the client got it: the security headers the server adds on the way out too.
    expect(exchange.response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  });

  it('records GraphQL login: variables, inline literals, the answer token and Set-Cookie masked', async () => {
    const kit = createTestKit();
    const query = `mutation SignIn($p: String!) { login(email: "${email}", password: $p) { token } }`;
    const viaVariables = await kit.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { p: password } }) });
    const token = ((await viaVariables.json()) as { data: { login: { token: string } } }).data.login.token;
    const first = await last(kit);
    expect(first).toMatchObject({ protocol: 'graphql', operation: 'mutation SignIn', status: 200 });
    expect(JSON.parse(first.request.body)).toEqual({ query, variables: { p: '[redacted]' } });
    expect(first.response.body).toContain('"token":"[redacted]"');
    expect(JSON.stringify(first)).not.toContain(token);
    for (const cookie of (first.response.headers['set-cookie'] ?? '').split(', shop')) expect(cookie).not.toMatch(/=[A-Za-z0-9_-]{16,}/);

    const literal = `mutation { login(email: "${email}", password: "${password}") { token } }`;
    await kit.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: literal }) });
    const second = await last(kit);
    expect(second.operation).toBe('mutation');
    expect(JSON.parse(second.request.body)).toEqual({ query: `mutation { login(email: "${email}", password: "[redacted]") { token } }` });
    expect(JSON.stringify(second)).not.toContain(password);
  });

  it('names an anonymous GraphQL GET query and a named one by operationName', async () => {
    const kit = createTestKit();
    await kit.request(`/graphql?query=${encodeURIComponent('{ product(id: 1) { name } }')}`, { headers: { accept: 'application/json' } });
    expect((await last(kit)).operation).toBe('query');
    const document = 'query A { product(id: 1) { name } } query ProductPage { products { totalCount } }';
    await kit.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document, operationName: 'ProductPage' }) });
    expect((await last(kit)).operation).toBe('query ProductPage');
  });

  it('records SOAP Login with <password> and the answer <token> masked, by its operation', async () => {
    const kit = createTestKit();
    const body = sampleEnvelope('Login', { email, password }, soap11);
    const response = await kit.request('/soap', { method: 'POST', headers: sampleHeaders('Login', soap11), body });
    const text = await response.text();
    const token = /<(?:\w+:)?token>([^<]+)</.exec(text)?.[1];
    expect(token).toBeDefined();
    const exchange = await last(kit);
    expect(exchange).toMatchObject({ protocol: 'soap', operation: 'Login', status: 200 });
    expect(exchange.request.body).toMatch(/<(\w+:)?password>\[redacted\]<\/(\w+:)?password>/);
    expect(exchange.response.body).toMatch(/<(\w+:)?token>\[redacted\]<\/(\w+:)?token>/);
    expect(JSON.stringify(exchange)).not.toContain(password);
    expect(JSON.stringify(exchange)).not.toContain(String(token));
  });

  it('masks a WS-Security Password in SOAP 1.2', async () => {
    const kit = createTestKit();
    const body = sampleEnvelope('GetMe', {}, soap12, { email, password });
    const response = await kit.request('/soap', { method: 'POST', headers: sampleHeaders('GetMe', soap12), body });
    expect(response.status).toBe(200);
    const exchange = await last(kit);
    expect(exchange).toMatchObject({ operation: 'GetMe', status: 200 });
    expect(exchange.request.body).toMatch(/<(\w+):Password[^>]*>\[redacted\]<\/\1:Password>/);
    expect(JSON.stringify(exchange)).not.toContain(password);
  });

  it('lists newest first, bounded by limit, and refuses a bad limit with problem+json', async () => {
    const kit = createTestKit();
    for (const id of [1, 2, 3]) await kit.request(`/rest/products/${id}`);
    const list = await recorded(kit, 2);
    expect(list.map((exchange) => exchange.path)).toEqual(['/rest/products/3', '/rest/products/2']);
    for (const bad of ['0', '201', 'abc', '-1', '1.5']) {
      const response = await kit.request(`/inspect/exchanges?limit=${bad}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('does not record pages, and a recorded request still gets its full answer', async () => {
    const kit = createTestKit();
    expect((await kit.request('/health')).status).toBe(200);
    await kit.request('/inspect');
    expect(await recorded(kit, 10)).toEqual([]);
    const direct = await kit.request('/rest/products?limit=50');
    const body = await direct.text();
    expect(JSON.parse(body)).toHaveProperty('items');
    expect((await last(kit)).response.body).toBe(body);
  });
});
