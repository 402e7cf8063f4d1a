import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
