import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { applyServerLimits, defaultServerLimits, serverTimeoutOptions, type ServerLimits } from '../../src/http/server-limits.js';

const short: ServerLimits = {
  headersTimeoutMs: 300,
  requestTimeoutMs: 600,
  keepAliveTimeoutMs: 200,
  idleTimeoutMs: 400,
  maxConnections: 50,
  maxConnectionsPerAddress: 3,
};

let server: Server | undefined;
afterEach(async () => {
  const s = server;
  server = undefined;
  if (!s) return;
  s.closeAllConnections();
  await new Promise((resolve) => s.close(resolve));
});

async function listen(limits: ServerLimits): Promise<number> {
  const app = new Hono();
  app.get('/', (c) => c.text('ok'));
  app.post('/', async (c) => c.text(`got ${(await c.req.text()).length}`));
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', serverOptions: serverTimeoutOptions(limits) }) as Server;
  applyServerLimits(s, limits);
  server = s;
  await new Promise((resolve) => s.once('listening', resolve));
  return (s.address() as AddressInfo).port;
}

/** A raw socket, with what the server sent and when it closed (ms after connecting). */
function open(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  const started = Date.now();
  const state = { received: '', closedAfterMs: undefined as number | undefined, socket };
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (state.received += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) =>
    socket.on('close', () => {
      state.closedAfterMs = Date.now() - started;
      resolve(state.closedAfterMs);
    }),
  );
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { ...state, state, socket, closed, connected };
}

describe('server limits over a real socket', () => {
  it('has defaults that bound a silent socket to seconds, not minutes', () => {
    expect(defaultServerLimits.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(defaultServerLimits.requestTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(serverTimeoutOptions(defaultServerLimits).connectionsCheckingInterval).toBeLessThanOrEqual(1_000);
  });

  it('closes a socket that never sends a request within the headers timeout (plus one sweep)', async () => {
    const port = await listen(short);
    const silent = open(port);
    expect(await silent.closed).toBeLessThan(short.headersTimeoutMs + 400);
  });

  it('closes a socket that sends its headers one byte at a time', async () => {
    const port = await listen(short);
    const slow = open(port);
    await slow.connected;
    const request = 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(100);
    let index = 0;
    const drip = setInterval(() => {
      if (!slow.socket.destroyed) slow.socket.write(request[index++ % request.length] ?? 'a');
    }, 40);
    const closedAfter = await slow.closed;
    clearInterval(drip);
    expect(closedAfter).toBeLessThan(short.headersTimeoutMs + 400);
    expect(slow.state.received).not.toContain('200 OK');
  });

  it('closes a socket whose body trickles in past the request timeout', async () => {
    const port = await listen({ ...short, idleTimeoutMs: 5_000 });
    const slow = open(port);
    await slow.connected;
    slow.socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n');
    const drip = setInterval(() => !slow.socket.destroyed && slow.socket.write('a'), 50);
    const closedAfter = await slow.closed;
    clearInterval(drip);
    expect(closedAfter).toBeLessThan(short.requestTimeoutMs + 500);
    expect(slow.state.received).not.toContain('got 1000');
  });

  it('closes a kept-alive socket after the keep-alive timeout', async () => {
    const port = await listen(short);
    const client = open(port);
    await client.connected;
    client.socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const closedAfter = await client.closed;
    expect(client.state.received).toMatch(/^HTTP\/1\.1 200/);
    // Node adds a fixed 1 s to the keep-alive timeout, so a client's own timer fires first.
    expect(closedAfter).toBeLessThan(short.keepAliveTimeoutMs + 1_000 + 300);
  });

  it('refuses connections from one address past its cap, and serves again once one closes', async () => {
    const port = await listen({ ...short, headersTimeoutMs: 5_000, requestTimeoutMs: 5_000, idleTimeoutMs: 5_000 });
    const held = [open(port), open(port), open(port)];
    await Promise.all(held.map((h) => h.connected));
    const refused = open(port);
    expect(await refused.closed).toBeLessThan(300);
    expect(refused.state.received).toBe('');
    held[0]?.socket.destroy();
    await held[0]?.closed;
    const after = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: 'close' } });
    expect(await after.text()).toBe('ok');
  });

  it('sets the total connection cap on the server', async () => {
    await listen(short);
    expect(server?.maxConnections).toBe(50);
    expect(server?.timeout).toBe(400);
  });
});
