import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';

/** POST /explore/runs over a real socket: the run itself goes over HTTP back to this server. */
describe('POST /explore/runs', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
  });
  afterAll(() => server?.close());

  const run = (body: unknown, contentType = 'application/json') =>
    fetch(`${server.url}/explore/runs`, { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify(body) });

  type Run = Record<'rest' | 'graphql' | 'soap', { exchanges: { operation: string; request: { headers: Record<string, string>; body: string }; response: { headers: Record<string, string>; body: string } }[]; metrics: { roundTrips: number; fieldsUsed: number; fieldsReceived: number }; failure?: string }>;

  it('runs the order history as the demo customer: 8 REST round trips, 1 GraphQL, 8 SOAP, each recorded', { timeout: 60_000 }, async () => {
    const response = await run({ scenario: 'order-history', account: 'customer' });
    expect(response.status).toBe(200);
    const result = (await response.json()) as Run;
    expect([result.rest.metrics.roundTrips, result.graphql.metrics.roundTrips, result.soap.metrics.roundTrips]).toEqual([8, 1, 8]);
    const [orders, ...products] = result.rest.exchanges.map((e) => e.operation);
    expect(orders).toBe('GET /rest/orders');
    for (const product of products) expect(product).toMatch(/^GET \/rest\/products\/\d+$/);
    expect(result.graphql.exchanges[0]?.request.body).toContain('query OrderHistory');
    expect(result.soap.exchanges.map((e) => e.operation)).toEqual(['ListOrders', ...Array<string>(7).fill('GetProduct')]);
    expect(result.soap.exchanges[0]?.request.body).toContain('<ListOrders');
    for (const protocol of ['rest', 'graphql', 'soap'] as const) {
      expect(result[protocol].failure).toBeUndefined();
      // Over-fetching made visible: GraphQL gets what it uses, REST and SOAP more.
      expect(result[protocol].metrics.fieldsUsed).toBeGreaterThan(0);
      // The orders request carries the customer's session; the product lookups are public.
      expect(result[protocol].exchanges[0]?.request.headers.authorization).toBe('Bearer [redacted]');
    }
    expect(result.graphql.metrics.fieldsReceived).toBe(result.graphql.metrics.fieldsUsed);
    expect(result.rest.metrics.fieldsReceived).toBeGreaterThan(result.rest.metrics.fieldsUsed);
  });

  it('redacts the passwords, tokens and cookies of a scenario that logs in, in all three protocols', { timeout: 60_000 }, async () => {
    const response = await run({ scenario: 'place-order', account: 'customer' });
    const text = await response.text();
    expect(response.status).toBe(200);
    const result = JSON.parse(text) as Run;
    expect(text).not.toContain(demoAccounts.customer.password);
    expect(text).not.toMatch(/"token":"(?!\[redacted\])/);
    expect(text).not.toMatch(/<token>(?!\[redacted\])/);
    const [restLogin, , ] = result.rest.exchanges;
    expect(restLogin?.request.body).toContain('"password":"[redacted]"');
    expect(restLogin?.response.body).toContain('"token":"[redacted]"');
    expect(restLogin?.response.headers['set-cookie']).toMatch(/^\w+=\[redacted\]; /);
    expect(result.graphql.exchanges[0]?.request.body).toContain('"password":"[redacted]"');
    expect(result.graphql.exchanges[0]?.response.body).toContain('"token":"[redacted]"');
    expect(result.soap.exchanges[0]?.request.body).toMatch(/<password>\[redacted\]<\/password>/);
    expect(result.soap.exchanges[0]?.response.body).toContain('<token>[redacted]</token>');
    // Every session token the run held, whatever its form, is absent: 43+ URL-safe characters in a row.
    const tokenLike = /[A-Za-z0-9_-]{40,}/;
    expect(text.replace(/"x-request-id":"[^"]*"/g, '')).not.toMatch(tokenLike);
  });

  it('refuses an unknown scenario, an unknown account and a body that is not JSON, as problem+json', async () => {
    const unknown = await run({ scenario: 'nope', account: 'root' });
    expect(unknown.status).toBe(422);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await unknown.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e) => e.path)).toEqual(['scenario', 'account']);
    expect((await run('scenario=order-history', 'application/x-www-form-urlencoded')).status).toBe(415);
    const broken = await fetch(`${server.url}/explore/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
  });

  it('is linked from the home page, with the inspector', async () => {
    const home = await (await fetch(`${server.url}/`)).text();
    expect(home).toContain('href="/explore"');
    expect(home).toContain('href="/inspect"');
    const page = await fetch(`${server.url}/explore`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<option value="order-history" selected>Order history with product names</option>');
  });
});
