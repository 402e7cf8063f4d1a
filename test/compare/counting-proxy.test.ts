import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountingProxy, type CountingProxy } from '../../scripts/compare/counting-proxy.js';
import { decodeResponse } from '../../scripts/compare/payloads.js';

describe('counting proxy', () => {
  let server: Server;
  let proxy: CountingProxy;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/chunked') {
        response.setHeader('content-type', 'application/json');
        response.write('{"a":');
        response.end('[1,2,3]}');
      } else if (request.url === '/accept-encoding') {
        response.writeHead(200, { 'content-type': 'text/plain' }).end(request.headers['accept-encoding'] ?? '(none)');
      } else if (request.url === '/gzip') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync('{"zipped":true}'));
      } else {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => response.writeHead(201, { 'content-type': 'text/plain' }).end(`got ${body.length}`));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = await createCountingProxy(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    await proxy.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('records each exchange with its bytes, and every byte that crossed is in one', async () => {
    proxy.take();
    const before = proxy.totals();
    await (await fetch(`${proxy.url}/chunked`)).text();
    await (await fetch(`${proxy.url}/echo`, { method: 'POST', body: 'x'.repeat(1000) })).text();
    await Promise.all([fetch(`${proxy.url}/gzip`).then((r) => r.text()), fetch(`${proxy.url}/chunked`).then((r) => r.text())]);
    const exchanges = proxy.take();
    const after = proxy.totals();
    expect(exchanges.map((e) => `${e.method} ${e.target} ${e.status}`).sort()).toEqual(['GET /chunked 200', 'GET /chunked 200', 'GET /gzip 200', 'POST /echo 201']);
    expect(exchanges.reduce((sum, e) => sum + e.requestHeadBytes + e.requestBodyBytes, 0)).toBe(after.toServer - before.toServer);
    expect(exchanges.reduce((sum, e) => sum + e.responseHeadBytes + e.responseBodyBytes, 0)).toBe(after.toClient - before.toClient);
    expect(exchanges.find((e) => e.method === 'POST')?.requestBodyBytes).toBe(1000);
    expect(proxy.take()).toEqual([]);
  });

  it('keeps the response bodies, so payloads can be decoded (chunked and gzip alike)', async () => {
    proxy.take();
    await (await fetch(`${proxy.url}/chunked`)).text();
    await (await fetch(`${proxy.url}/gzip`)).text();
    expect(proxy.take().map(decodeResponse)).toEqual([{ a: [1, 2, 3] }, { zipped: true }]);
  });

  it('sets or removes Accept-Encoding as told, whatever the client sent, and counts what the server received', async () => {
    const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const [acceptEncoding, expected] of [[null, '(none)'], ['gzip', 'gzip']] as const) {
      const rewriting = await createCountingProxy(target, { acceptEncoding });
      try {
        // fetch asks for "gzip, deflate" by itself; the echo shows what reached the server.
        expect(await (await fetch(`${rewriting.url}/accept-encoding`)).text()).toBe(expected);
        await (await fetch(`${rewriting.url}/echo`, { method: 'POST', body: 'y'.repeat(3000) })).text();
        const exchanges = rewriting.take();
        expect(exchanges[0]?.requestHead).not.toMatch(/accept-encoding: gzip, deflate/i);
        expect(exchanges[1]?.requestBody.toString()).toBe('y'.repeat(3000));
        expect(exchanges.reduce((sum, e) => sum + e.requestHeadBytes + e.requestBodyBytes, 0)).toBe(rewriting.totals().toServer);
      } finally {
        await rewriting.close();
      }
    }
  });
});
