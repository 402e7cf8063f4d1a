import * as soap from 'soap';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleEnvelope, sampleHeaders } from '../../src/protocols/soap/sample-envelope.js';
import { soap11, soap12 } from '../../src/protocols/soap/soap-versions.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';

let server: RunningServer;
/** Every sandbox a test made, removed after it: the maximum test counts from zero. */
const made: string[] = [];

interface Created {
  id: string;
  url: string;
  expiresAt: string;
  accounts: { role: string; email: string; password: string }[];
}

async function createSandbox(): Promise<Created> {
  const response = await fetch(`${server.url}/sandboxes`, { method: 'POST' });
  expect(response.status).toBe(201);
  const body = (await response.json()) as Created;
  expect(response.headers.get('location')).toBe(`/s/${body.id}/`);
  made.push(body.id);
  return body;
}

async function login(base: string, email: string, password: string): Promise<Response> {
  return fetch(`${base}/rest/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

async function adminToken(base: string): Promise<string> {
  const response = await login(base, demoAccounts.admin.email, demoAccounts.admin.password);
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

const productName = async (base: string, id = 1) => ((await (await fetch(`${base}/rest/products/${id}`)).json()) as { name: string }).name;

async function graphqlProductName(base: string, id = 1): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ product(id: ${id}) { name } }` }),
  });
  return ((await response.json()) as { data: { product: { name: string } } }).data.product.name;
}

async function soapCall(base: string, operation: string, args: Record<string, unknown>, version = soap11): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}/soap`, { method: 'POST', headers: sampleHeaders(operation, version), body: sampleEnvelope(operation, args, version) });
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:', sandboxes: { max: 4 } });
});
afterEach(async () => {
  for (const id of made.splice(0)) await fetch(`${server.url}/s/${id}`, { method: 'DELETE' });
});
afterAll(async () => {
  await server.close();
});

describe('sandboxes: a private shop per learner', () => {
  it('answers 201 with an unguessable id, its URL, expiry and its own accounts', async () => {
    const sandbox = await createSandbox();
    expect(sandbox.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(sandbox.url).toBe(`${server.url}/s/${sandbox.id}/`);
    expect(Date.parse(sandbox.expiresAt)).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect(sandbox.accounts.map((account) => account.role).sort()).toEqual(['admin', 'customer']);
    const home = await fetch(sandbox.url);
    expect(home.status).toBe(200);
    const page = await home.text();
    expect(page).toContain(`href="/s/${sandbox.id}/docs"`);
    expect(page).toContain(`action="/s/${sandbox.id}/reset"`);
  });

  it('keeps a write in A: read back in A through REST, GraphQL and SOAP, never seen in B or the shared shop; a reset restores A', async () => {
    const [a, b] = [await createSandbox(), await createSandbox()];
    const [baseA, baseB] = [`${server.url}/s/${a.id}`, `${server.url}/s/${b.id}`];
    const original = await productName(server.url);
    const token = await adminToken(baseA);

    const patched = await fetch(`${baseA}/rest/products/1`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Sandbox A coffee' }),
    });
    expect(patched.status).toBe(200);

    expect(await productName(baseA)).toBe('Sandbox A coffee');
    expect(await graphqlProductName(baseA)).toBe('Sandbox A coffee');
    const viaSoap = await soapCall(baseA, 'GetProduct', { id: 1 });
    expect(viaSoap.status).toBe(200);
    expect(viaSoap.text).toContain('<name>Sandbox A coffee</name>');

    expect(await productName(baseB)).toBe(original);
    expect(await graphqlProductName(baseB)).toBe(original);
    expect(await productName(server.url)).toBe(original);

    const reset = await fetch(`${baseA}/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(await productName(baseA)).toBe(original);
    // The reset ended A's sessions.
    const me = await fetch(`${baseA}/rest/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(401);
  });

  it('writes prefixed URLs: Location, Link, OpenAPI servers, the WSDL addresses and the GraphiQL endpoint', async () => {
    const sandbox = await createSandbox();
    const base = `${server.url}/s/${sandbox.id}`;
    const token = await adminToken(base);
    const created = await fetch(`${base}/rest/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 'SBX-0001', name: 'Sandbox mug', description: 'Made here.', priceCents: 900, stock: 3, categoryId: 1 }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toMatch(new RegExp(`^/s/${sandbox.id}/rest/products/\\d+$`));

    const list = await fetch(`${base}/rest/products?limit=5`);
    expect(list.headers.get('link')).toContain(`</s/${sandbox.id}/rest/products?`);

    const document = (await (await fetch(`${base}/openapi.json`)).json()) as { servers: { url: string }[] };
    expect(document.servers[0]?.url).toBe(base);

    const wsdl = await (await fetch(`${base}/soap?wsdl`)).text();
    expect(wsdl).toContain(`<soap:address location="${base}/soap"/>`);
    expect(wsdl).toContain(`<soap12:address location="${base}/soap"/>`);

    const graphiql = await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(graphiql).toContain(`/s/${sandbox.id}/graphql`);
  });

  it("loads A's WSDL with node-soap's client and calls A at its prefixed address", async () => {
    const sandbox = await createSandbox();
    const base = `${server.url}/s/${sandbox.id}`;
    const token = await adminToken(base);
    await fetch(`${base}/rest/products/2`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Only in this sandbox' }),
    });
    const client = await soap.createClientAsync(`${base}/soap?wsdl`, { disableCache: true });
    const [result] = (await client.GetProductAsync({ id: 2 })) as [{ product: { name: string } }];
    // The name exists only in this sandbox: the client called the address the WSDL gave it.
    expect(result.product.name).toBe('Only in this sandbox');
  });

  it("refuses A's token and A's cookie in B", async () => {
    const [a, b] = [await createSandbox(), await createSandbox()];
    const answer = await login(`${server.url}/s/${a.id}`, demoAccounts.customer.email, demoAccounts.customer.password);
    const { token } = (await answer.json()) as { token: string };
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`Path=/s/${a.id}/`);
    expect((await fetch(`${server.url}/s/${a.id}/rest/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/s/${b.id}/rest/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await fetch(`${server.url}/rest/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    const cookiePair = cookie.split(';')[0] ?? '';
    expect((await fetch(`${server.url}/s/${a.id}/rest/me`, { headers: { cookie: cookiePair } })).status).toBe(200);
    // The browser would not even send it to B (Path); sent anyway, it means nothing there.
    expect((await fetch(`${server.url}/s/${b.id}/rest/me`, { headers: { cookie: cookiePair } })).status).toBe(401);
  });

  it('keeps a lockout in A away from B', async () => {
    const [a, b] = [await createSandbox(), await createSandbox()];
    let last = 0;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      last = (await login(`${server.url}/s/${a.id}`, demoAccounts.customer.email, 'wrong-password')).status;
    }
    expect(last).toBe(429);
    expect((await login(`${server.url}/s/${b.id}`, demoAccounts.customer.email, demoAccounts.customer.password)).status).toBe(200);
  });

  it('answers an unknown id with a 404 in each protocol’s own shape and creates nothing', async () => {
    const base = `${server.url}/s/AAAAAAAAAAAAAAAAAAAAAA`;
    const rest = await fetch(`${base}/rest/products/1`);
    expect(rest.status).toBe(404);
    expect(rest.headers.get('content-type')).toContain('application/problem+json');
    expect(((await rest.json()) as { code: string }).code).toBe('NOT_FOUND');

    const graphql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ categories { id } }"}' });
    expect(graphql.status).toBe(404);
    const errors = ((await graphql.json()) as { errors: { extensions: { code: string } }[] }).errors;
    expect(errors[0]?.extensions.code).toBe('NOT_FOUND');

    for (const version of [soap11, soap12]) {
      const fault = await soapCall(base, 'GetProduct', { id: 1 }, version);
      expect(fault.text).toContain('Fault');
      expect(fault.text).toContain('NOT_FOUND');
    }
    const wsdl = await fetch(`${base}/soap?wsdl`);
    expect(wsdl.status).toBe(404);
    expect(await wsdl.text()).toContain('Fault');

    const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('No such sandbox');
    const document = await fetch(`${base}/openapi.json`);
    expect(document.status).toBe(404);
    expect(document.headers.get('content-type')).toContain('application/problem+json');
    expect(((await document.json()) as { code: string }).code).toBe('NOT_FOUND');
    expect((await fetch(`${base}/reset`, { method: 'POST' })).status).toBe(404);
  });

  it('refuses a new sandbox past the maximum with a clear problem, and frees a place on DELETE', async () => {
    const ids: string[] = [];
    let refused: Response | undefined;
    for (let attempt = 0; attempt < 6 && !refused; attempt += 1) {
      const response = await fetch(`${server.url}/sandboxes`, { method: 'POST' });
      if (response.status === 201) {
        const { id } = (await response.json()) as Created;
        ids.push(id);
        made.push(id);
      } else refused = response;
    }
    expect(refused?.status).toBe(409);
    const problem = (await refused?.json()) as { code: string; detail: string };
    expect(problem.code).toBe('CONFLICT');
    expect(problem.detail).toContain('maximum of 4 sandboxes');
    const removed = ids.pop() as string;
    expect((await fetch(`${server.url}/s/${removed}`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(`${server.url}/s/${removed}/rest/products/1`)).status).toBe(404);
    const again = await fetch(`${server.url}/sandboxes`, { method: 'POST' });
    expect(again.status).toBe(201);
    made.push(((await again.json()) as Created).id);
  });

  it('runs /explore and records /inspect inside the sandbox, never in the shared shop', async () => {
    const sandbox = await createSandbox();
    const base = `${server.url}/s/${sandbox.id}`;
    const before = ((await (await fetch(`${server.url}/inspect/exchanges?limit=200`)).json()) as unknown[]).length;
    const run = await fetch(`${base}/explore/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: 'order-history', account: 'customer' }),
    });
    expect(run.status).toBe(200);
    const result = (await run.json()) as Record<'rest' | 'graphql' | 'soap', { exchanges: { path: string }[] }>;
    expect([result.rest.exchanges.length, result.graphql.exchanges.length, result.soap.exchanges.length]).toEqual([8, 1, 8]);
    expect(result.rest.exchanges.every((exchange) => exchange.path.startsWith(`/s/${sandbox.id}/rest/`))).toBe(true);
    const recorded = (await (await fetch(`${base}/inspect/exchanges?limit=200`)).json()) as { protocol: string; path: string }[];
    expect(recorded.filter((exchange) => exchange.protocol === 'soap').length).toBeGreaterThanOrEqual(8);
    expect(recorded.every((exchange) => exchange.path.startsWith(`/s/${sandbox.id}/`))).toBe(true);
    const after = ((await (await fetch(`${server.url}/inspect/exchanges?limit=200`)).json()) as unknown[]).length;
    expect(after).toBe(before);
    const page = await (await fetch(`${base}/inspect`)).text();
    expect(page).toContain(`const prefix = "/s/${sandbox.id}"`);
  });

  it('has no instructor list without INSTRUCTOR_TOKEN', async () => {
    expect((await fetch(`${server.url}/sandboxes`)).status).toBe(404);
  });
});

describe('sandboxes: the instructor and the creation limit', () => {
  const instructorToken = 'class-of-2026-instructor-token';
  let classServer: RunningServer;
  beforeAll(async () => {
    classServer = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:', sandboxes: { instructorToken, createPerHour: 3 } });
  });
  afterAll(async () => {
    await classServer.close();
  });

  it('sends a browser that pressed the home page button on to its new sandbox', async () => {
    const home = await (await fetch(`${classServer.url}/`)).text();
    expect(home).toContain('action="/sandboxes"');
    const response = await fetch(`${classServer.url}/sandboxes`, { method: 'POST', headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/s\/[A-Za-z0-9_-]{22}\/$/);
  });

  it('lists sandboxes to the instructor only, and limits creations per address', async () => {
    const statuses: number[] = [];
    const ids: string[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await fetch(`${classServer.url}/sandboxes`, { method: 'POST' });
      statuses.push(response.status);
      if (response.status === 201) ids.push(((await response.json()) as Created).id);
      else {
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(((await response.json()) as { code: string }).code).toBe('RATE_LIMITED');
      }
    }
    expect(statuses).toEqual([201, 201, 429]);

    const listed = await fetch(`${classServer.url}/sandboxes`, { headers: { authorization: `Bearer ${instructorToken}` } });
    expect(listed.status).toBe(200);
    const { items } = (await listed.json()) as { items: { id: string; createdAt: string; lastUsedAt: string; sizeBytes: number }[] };
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining(ids));
    expect(items).toHaveLength(3);
    expect(items[0]?.sizeBytes).toBeGreaterThan(0);

    expect((await fetch(`${classServer.url}/sandboxes`)).status).toBe(404);
    expect((await fetch(`${classServer.url}/sandboxes`, { headers: { authorization: 'Bearer wrong-token-of-the-same-size!' } })).status).toBe(404);
  });
});
