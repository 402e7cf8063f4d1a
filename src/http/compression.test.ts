import { Hono } from 'hono';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startServer, type RunningServer } from '../server.js';
import { demoAccounts } from '../domain/demo-accounts.js';
import { chooseCoding, compression } from './compression.js';

const ns = 'http://api-playground.example/shop/v1';
const soapList = {
  method: 'POST',
  headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${ns}/ListProducts"` },
  body: `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ListProducts xmlns="${ns}"><limit>20</limit></ListProducts></soap:Body></soap:Envelope>`,
};
const graphqlList = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ products(first: 20) { edges { node { id name description priceCents } } } }' }),
};

/** One request of each protocol and page, each answer well over 1 KiB. */
const large: [string, string, RequestInit][] = [
  ['REST product list', '/rest/products?limit=20', {}],
  ['GraphQL product list', '/graphql', graphqlList],
  ['SOAP ListProducts', '/soap', soapList],
  ['the WSDL', '/soap?wsdl', {}],
  ['the home page', '/', {}],
];

const decode = (body: Buffer, coding: string | null) => (coding === 'gzip' ? gunzipSync(body) : coding === 'br' ? brotliDecompressSync(body) : body);
/** The request id differs per request; everything else of these answers is the same each time. */
const comparable = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID');

/** A raw HTTP/1.1 exchange: fetch would ask for gzip by itself and hide the encoding it got. */
function send(origin: string, path: string, init: RequestInit, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const headers = { ...(init.headers as Record<string, string> | undefined), ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) };
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method: init.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(typeof init.body === 'string' ? init.body : undefined);
  });
}

describe('compression on the wire, in every protocol and page', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
  });
  afterAll(() => server?.close());

  for (const [name, path, init] of large) {
    it(`${name}: gzip or brotli when asked, the same bytes once decoded; identity when not asked`, async () => {
      const plain = await send(server.url, path, init);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary ?? '').not.toMatch(/accept-encoding/i);
      expect(plain.body.length).toBeGreaterThan(1024);
      for (const coding of ['gzip', 'br']) {
        const zipped = await send(server.url, path, init, coding === 'gzip' ? 'gzip, deflate' : 'gzip;q=0.5, br');
        expect(zipped.status).toBe(200);
        expect(zipped.headers['content-encoding']).toBe(coding);
        expect(zipped.headers.vary).toMatch(/accept-encoding/i);
        expect(zipped.headers['content-type']).toBe(plain.headers['content-type']);
        expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
        expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
        expect(comparable(decode(zipped.body, coding).toString('utf8'))).toBe(comparable(plain.body.toString('utf8')));
      }
    });
  }

  it('streams a large file through the encoder (the docs console script): chunked, the same bytes once decoded', async () => {
    const plain = await send(server.url, '/docs/scalar.js', {});
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    for (const coding of ['gzip', 'br']) {
      const zipped = await send(server.url, '/docs/scalar.js', {}, coding);
      expect(zipped.headers['content-encoding']).toBe(coding);
      expect(zipped.headers['content-length']).toBeUndefined();
      expect(zipped.headers['transfer-encoding']).toBe('chunked');
      expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
      expect(decode(zipped.body, coding).equals(plain.body)).toBe(true);
    }
  });

  it('leaves small answers as they are, even when asked', async () => {
    for (const path of ['/health', '/rest/products/1?fields=name']) {
      const plain = await send(server.url, path, {});
      const asked = await send(server.url, path, {}, 'gzip, br');
      expect(plain.body.length, path).toBeLessThan(1024);
      expect(asked.headers['content-encoding'], path).toBeUndefined();
      expect(asked.body.length, path).toBe(plain.body.length);
    }
  });

  it('keeps REST’s weak ETag valid across encodings: the compressed answer’s tag still gets a 304', async () => {
    const zipped = await send(server.url, '/rest/products?limit=20', {}, 'gzip');
    const tag = zipped.headers.etag as string;
    expect(tag).toMatch(/^W\//);
    expect((await send(server.url, '/rest/products?limit=20', {})).headers.etag).toBe(tag);
    const again = await send(server.url, '/rest/products?limit=20', { headers: { 'if-none-match': tag } }, 'gzip');
    expect(again.status).toBe(304);
    expect(again.headers['content-encoding']).toBeUndefined();
    expect(again.body.length).toBe(0);
  });

  it('adds Accept-Encoding to a Vary that was there (a customer’s own orders)', async () => {
    const login = await send(server.url, '/rest/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoAccounts.customer.email, password: demoAccounts.customer.password }),
    });
    const { token } = JSON.parse(login.body.toString()) as { token: string };
    const orders = await send(server.url, '/rest/orders?limit=50', { headers: { authorization: `Bearer ${token}` } }, 'gzip');
    expect(orders.status).toBe(200);
    expect(orders.headers['content-encoding']).toBe('gzip');
    expect(orders.headers.vary).toBe('Authorization, Cookie, Accept-Encoding');
  });
});

describe('compression middleware', () => {
  const big = 'x'.repeat(4096);
  const app = new Hono();
  app.use('*', compression());
  app.get('/text', (c) => c.text(big));
  app.get('/strong-etag', (c) => c.text(big, 200, { ETag: '"abc"' }));
  app.get('/no-transform', (c) => c.text(big, 200, { 'Cache-Control': 'no-transform' }));
  app.get('/png', (c) => c.body(big, 200, { 'Content-Type': 'image/png' }));
  app.get('/not-modified', (c) => c.body(null, 304, { ETag: 'W/"a"' }));
  app.get('/events', (c) => {
    const stream = new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode(`data: ${big}\n\n`)) });
    return c.body(stream, 200, { 'Content-Type': 'text/event-stream' });
  });

  it('chooses by q-value, brotli on a tie, gzip for x-gzip, and nothing for codings it lacks or refused ones', () => {
    expect(chooseCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseCoding('gzip, deflate')).toBe('gzip');
    expect(chooseCoding('br;q=0.2, gzip;q=0.8')).toBe('gzip');
    expect(chooseCoding('x-gzip')).toBe('gzip');
    expect(chooseCoding('*')).toBe('br');
    expect(chooseCoding('*, br;q=0')).toBe('gzip');
    expect(chooseCoding('identity')).toBeUndefined();
    expect(chooseCoding('deflate, zstd')).toBeUndefined();
    expect(chooseCoding('gzip;q=0')).toBeUndefined();
    expect(chooseCoding('')).toBeUndefined();
  });

  it('weakens a strong ETag on a compressed answer (the bytes differ) and keeps it on a plain one', async () => {
    expect((await app.request('/strong-etag', { headers: { 'accept-encoding': 'gzip' } })).headers.get('etag')).toBe('W/"abc"');
    expect((await app.request('/strong-etag')).headers.get('etag')).toBe('"abc"');
  });

  it('does not touch event streams, 304s, HEAD, no-transform or already compressed media types', async () => {
    const asked = { headers: { 'accept-encoding': 'gzip, br' } };
    for (const path of ['/events', '/not-modified', '/no-transform', '/png']) {
      const response = await app.request(path, asked);
      expect(response.headers.get('content-encoding'), path).toBeNull();
      expect(response.headers.get('vary'), path).toBeNull();
    }
    const events = await app.request('/events', asked);
    const reader = events.body?.getReader();
    expect(new TextDecoder().decode((await reader?.read())?.value)).toContain('data: xxx');
    await reader?.cancel();
    const head = await app.request('/text', { ...asked, method: 'HEAD' });
    expect(head.headers.get('content-encoding')).toBeNull();
  });

  it('answers a request without Accept-Encoding with the handler’s own Response, untouched', async () => {
    const plain = await app.request('/text');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBeNull();
    expect(await plain.text()).toBe(big);
  });
});
