import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { maxBodyBytes } from './app-env.js';
import { bodyCap } from './body-cap.js';

function appWithCap() {
  const app = new Hono();
  app.use('*', bodyCap((c) => c.text('too large', 413)));
  app.all('*', async (c) => c.text(`read ${(await c.req.text()).length}`));
  return app;
}

/** A streamed body of 64 KiB chunks that ends just past the cap. */
function oversizedStream(fill: string): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(fill.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent > maxBodyBytes) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

describe('bodyCap', () => {
  it('lets bodies up to the cap through and refuses a declared length over it', async () => {
    const app = appWithCap();
    const ok = await app.request('/', { method: 'POST', body: 'x'.repeat(maxBodyBytes), headers: { 'content-length': String(maxBodyBytes) } });
    expect(await ok.text()).toBe(`read ${maxBodyBytes}`);
    const big = await app.request('/', { method: 'POST', body: 'x', headers: { 'content-length': String(maxBodyBytes + 1) } });
    expect(big.status).toBe(413);
  });

  it('counts a chunked body as it streams', async () => {
    const body = oversizedStream('y');
    const response = await appWithCap().request('/', { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('counts a body with a Transfer-Encoding as it streams, whatever Content-Length it declares', async () => {
    const body = oversizedStream('z');
    const headers = { 'content-length': '10', 'transfer-encoding': 'chunked' };
    const response = await appWithCap().request('/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('does not look at GET requests', async () => {
    expect(await (await appWithCap().request('/')).text()).toBe('read 0');
  });
});
