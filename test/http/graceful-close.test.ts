import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createCloseRegistry, trackForGracefulClose } from '../../src/http/graceful-close.js';

async function start() {
  const app = new Hono();
  app.get('/', (c) => c.text('ok'));
  app.post('/slow', async (c) => c.text(`read ${(await c.req.text()).length} bytes`));
  app.get('/events', (c) =>
    streamSSE(c, async (stream) => {
      await stream.writeSSE({ data: 'hello' });
      await new Promise<void>((resolve) => stream.onAbort(resolve));
    }),
  );
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  const registry = createCloseRegistry();
  const graceful = trackForGracefulClose(server, registry);
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, registry, graceful, port: (server.address() as AddressInfo).port };
}

/** A POST whose body arrives in two halves; `finish()` sends the second half. */
function slowPost(port: number) {
  const req = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/slow', headers: { 'content-length': '10' } });
  const answer = new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
    });
    req.on('error', reject);
  });
  req.write('01234');
  return { answer, finish: () => req.end('56789') };
}

describe('graceful close over a real socket', () => {
  it('lets a request in flight finish, refuses new connections, ends event streams and registered things', async () => {
    const { port, registry, graceful } = await start();
    const post = slowPost(port);
    const events = await fetch(`http://127.0.0.1:${port}/events`);
    const reader = events.body!.getReader();
    await reader.read();
    let ended = false;
    registry.endOnClose(() => {
      ended = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));

    const drained = graceful.drain(5_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ended).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    // The event stream ended cleanly: the reader reaches its end instead of hanging.
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read());

    post.finish();
    expect(await post.answer).toEqual({ status: 200, body: 'read 10 bytes', connection: 'close' });
    const result = await drained;
    expect(result).toMatchObject({ inFlight: 2, cut: 0 });
  });

  it('cuts what is still running when the grace period ends', async () => {
    const { port, graceful } = await start();
    const post = slowPost(port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const result = await graceful.drain(200);
    expect(result.cut).toBe(1);
    expect(result.elapsedMs).toBeLessThan(1_000);
    await expect(post.answer).rejects.toThrow();
  });
});
