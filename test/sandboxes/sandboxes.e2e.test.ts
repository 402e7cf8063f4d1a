import * as soap from 'soap';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { soap11, soap12 } from '../../src/protocols/soap/soap-versions.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { adminToken, graphqlProductName, login, productName, sandboxMaker, soapCall, type Created } from './sandbox-requests.js';

let server: RunningServer;
const sandboxes = sandboxMaker(() => server.url);
const createSandbox = () => sandboxes.create();

beforeAll(async () => {
  server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:', sandboxes: { max: 4 } });
});
afterEach(() => sandboxes.removeAll());
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
        sandboxes.track(id);
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
    sandboxes.track(((await again.json()) as Created).id);
  });

});
