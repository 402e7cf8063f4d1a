import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestClient, problemAnswer, required, RestProblemError, unwrap } from '../../clients/rest/client.js';
import { demoLogin } from '../../src/domain/demo-accounts.js';
import { startServer, type RunningServer } from '../../src/server.js';

describe('REST client (openapi-fetch + generated types) against the real server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
  });
  afterAll(() => server.close());

  it('reads a product whole (every field typed as present), or some of its fields, with include= as a typed query parameter', async () => {
    const api = createRestClient(server.url);
    const whole = unwrap(await api.GET('/rest/products/{id}', { params: { path: { id: 1 }, query: { include: 'category' } } }));
    const price: number = whole.priceCents;
    expect(price).toBeGreaterThan(0);
    expect(whole.category?.name).toBe('Coffee');
    const path = { id: 1, fields: 'name,priceCents' };
    const sparse = unwrap(await api.GET('/rest/products/{id}/fields/{fields}', { params: { path, query: { include: 'category' } } }));
    expect(Object.keys(sparse).sort()).toEqual(['category', 'name', 'priceCents']);
    expect(sparse.priceCents).toBe(price);
  });

  it('turns a problem+json answer into a RestProblemError carrying the problem', async () => {
    const result = await createRestClient(server.url).GET('/rest/products/{id}', { params: { path: { id: 999_999 } } });
    expect(result.response.status).toBe(404);
    expect(() => unwrap(result)).toThrow(RestProblemError);
    expect(result.error && problemAnswer(result.error)).toEqual({ error: { code: 'NOT_FOUND', fields: [] } });
  });

  it('sends the bearer token it was built with', async () => {
    const session = unwrap(await createRestClient(server.url).POST('/rest/auth/login', { body: demoLogin('customer') }));
    const me = unwrap(await createRestClient(server.url, session.token).GET('/rest/me'));
    expect(me.email).toBe('ada@example.com');
    const anonymous = await createRestClient(server.url).GET('/rest/me');
    expect(anonymous.error?.code).toBe('UNAUTHENTICATED');
  });

  it('required() refuses a view that lacks a field the scenario needs', async () => {
    const product = unwrap(await createRestClient(server.url).GET('/rest/products/{id}/fields/{fields}', { params: { path: { id: 1, fields: 'name' } } }));
    expect(required(product, 'name').name).toBe('Ethiopia Yirgacheffe 250 g');
    expect(() => required(product, 'name', 'priceCents')).toThrow(/priceCents/);
  });
});
