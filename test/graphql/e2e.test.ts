import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLogin } from '../../src/domain/demo-accounts.js';
import { startServer, type RunningServer } from '../../src/server.js';

describe('GraphQL over a real connection', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
  });
  afterAll(() => server.close());

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);

  it('answers a query, then refuses an oversized streamed body with 413 and keeps serving', async () => {
    const ok = await post(JSON.stringify({ query: '{ product(id: "1") { name category { name } } }' }));
    expect(await ok.json()).toEqual({ data: { product: { name: expect.any(String), category: { name: 'Coffee' } } } });
    // No Content-Length: the cap has to count the bytes as they arrive.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 20) controller.close();
        else controller.enqueue(chunk);
        sent += 1;
      },
    });
    const tooBig = await post(stream);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const after = await post(JSON.stringify({ query: '{ categories { id } }' }));
    expect(after.status).toBe(200);
  });

  it('answers a plain JSON POST and what it hands to yoga (a batch, invalid JSON) alike over the wire', async () => {
    const product = await post(JSON.stringify({ query: 'query($id: ID!) { product(id: $id) { id } }', variables: { id: '2' } }), { accept: 'application/json' });
    expect(product.status).toBe(200);
    expect(product.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(product.headers.get('x-request-id')).toBeTruthy();
    expect(await product.json()).toEqual({ data: { product: { id: '2' } } });

    const batch = await post(JSON.stringify([{ query: '{ product(id: "1") { id } }' }, { query: '{ product(id: "3") { id } }' }]), { accept: 'application/json' });
    expect(await batch.json()).toEqual([{ data: { product: { id: '1' } } }, { data: { product: { id: '3' } } }]);

    const broken = await post('{"query": ', { accept: 'application/json' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ message: 'POST body sent invalid JSON.' }] });
  });

  it('sets the session cookie on a login answered by the plain JSON POST lane', async () => {
    const login = await post(
      JSON.stringify({
        query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { customer { id } } }',
        variables: demoLogin('customer'),
      }),
      { accept: 'application/json' },
    );
    expect(await login.json()).toEqual({ data: { login: { customer: { id: '1' } } } });
    expect(login.headers.getSetCookie()).toEqual([expect.stringMatching(/^shop_session=[^;]+;.*HttpOnly/)]);
  });
});

