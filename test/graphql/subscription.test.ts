import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { listenerIterator } from '../../src/protocols/graphql/listener-iterator.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { admin } from '../support/shop.js';
import { createTestKit } from '../support/test-kit.js';

const subscription = 'subscription($id: ID!) { orderStatusChanged(orderId: $id) { id status items { product { name } } } }';

/** Reads Server-Sent Events from a response body until `count` `next` events have arrived. */
async function readEvents(body: ReadableStream<Uint8Array>, count: number): Promise<unknown[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: unknown[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data:'));
      if (block.includes('event: next') && data) events.push(JSON.parse(data.slice(5)));
    }
  }
  reader.releaseLock();
  return events;
}

describe('GraphQL subscriptions over SSE', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends the order each time it changes, and unsubscribes when the client goes away', async () => {
    const { app, services, tokenFor } = createTestKit();
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${await tokenFor('customer')}` },
      body: JSON.stringify({ query: subscription, variables: { id: '3' } }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const body = response.body!;
    await vi.waitFor(() => expect(services.events.listenerCount()).toBe(1));
    services.orders.updateOrderStatus(admin, 3, 'paid');
    services.orders.cancelOrder(admin, 3);
    const events = await readEvents(body, 2);
    expect(events).toEqual([
      { data: { orderStatusChanged: { id: '3', status: 'paid', items: [{ product: { name: expect.any(String) } }] } } },
      { data: { orderStatusChanged: { id: '3', status: 'cancelled', items: [{ product: { name: expect.any(String) } }] } } },
    ]);
    await body.cancel();
    await vi.waitFor(() => expect(services.events.listenerCount()).toBe(0));
  });

  it('refuses to watch someone else’s order (NOT_FOUND) or anonymously (UNAUTHENTICATED)', async () => {
    const { app, tokenFor, services } = createTestKit();
    const watch = async (headers: Record<string, string>) => {
      const response = await app.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify({ query: subscription, variables: { id: '41' } }),
      });
      return response.text();
    };
    expect(await watch({ authorization: `Bearer ${await tokenFor('customer')}` })).toMatch(/"code":"NOT_FOUND"/);
    expect(await watch({})).toMatch(/"code":"UNAUTHENTICATED"/);
    expect(services.events.listenerCount()).toBe(0);
  });

  it('works end to end over a real connection', async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
    const post = (query: string, token?: string, accept = 'application/json', signal?: AbortSignal) =>
      fetch(`${server!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
        signal,
      });
    const login = (await (await post(`mutation { login(email: "${demoAccounts.admin.email}", password: "${demoAccounts.admin.password}") { token } }`)).json()) as {
      data: { login: { token: string } };
    };
    const token = login.data.login.token;
    const abort = new AbortController();
    const stream = await post('subscription { orderStatusChanged(orderId: "57") { id status } }', token, 'text/event-stream', abort.signal);
    const events = readEvents(stream.body!, 1);
    // The subscription is live once the server has flushed its headers; the change comes after.
    await post('mutation { updateOrderStatus(id: "57", status: paid) { status } }', token);
    expect(await events).toEqual([{ data: { orderStatusChanged: { id: '57', status: 'paid' } } }]);
    abort.abort();
  });
});

describe('listenerIterator', () => {
  it('queues values until read, and stops listening on return()', async () => {
    let emit: (value: number) => void = () => undefined;
    let listening = false;
    const iterator = listenerIterator<number>((listener) => {
      emit = listener;
      listening = true;
      return () => {
        listening = false;
      };
    }, 2);
    emit(1);
    emit(2);
    emit(3);
    expect(await iterator.next()).toEqual({ value: 2, done: false });
    expect(await iterator.next()).toEqual({ value: 3, done: false });
    const pending = iterator.next();
    emit(4);
    expect(await pending).toEqual({ value: 4, done: false });
    const waiting = iterator.next();
    await iterator.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(listening).toBe(false);
    emit(5);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});
