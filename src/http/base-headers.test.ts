import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.js';
import { baseHeaders, hsts, requestIdHeader, ResponseWithBaseHeaders, securityHeaders } from './base-headers.js';

const shared = { 'content-type': 'text/plain', 'X-Frame-Options': 'DENY', 'X-Powered-By': 'me' };

function createTestApp() {
  const app = new Hono<AppEnv>();
  app.use('*', baseHeaders());
  app.get('/json', (c) => c.json({ id: c.get('requestId') }));
  app.get('/own-headers', (c) => c.body('own', 200, shared));
  app.get('/raw', () => new Response('raw', { status: 202 }));
  app.get('/empty', (c) => c.body(null, 204));
  return app;
}

type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

function behavesLikeBefore(name: string, fetchOf: () => Fetch) {
  describe(name, () => {
    const expectBaseHeaders = (response: Response) => {
      for (const [header, value] of Object.entries(securityHeaders)) expect(response.headers.get(header)).toBe(value);
      expect(response.headers.get('x-powered-by')).toBeNull();
    };

    it('sends the security headers and a fresh request id, the same the handler saw', async () => {
      const response = await fetchOf()('/json');
      expectBaseHeaders(response);
      const id = response.headers.get(requestIdHeader);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(await response.json()).toEqual({ id });
    });

    it("keeps a caller's plain request id and replaces an unusable one", async () => {
      const kept = await fetchOf()('/json', { headers: { 'x-request-id': 'trace-42=a' } });
      expect(kept.headers.get(requestIdHeader)).toBe('trace-42=a');
      const replaced = await fetchOf()('/json', { headers: { 'x-request-id': 'no spaces!' } });
      expect(replaced.headers.get(requestIdHeader)).toMatch(/^[0-9a-f-]{36}$/);
      const tooLong = await fetchOf()('/json', { headers: { 'x-request-id': 'a'.repeat(256) } });
      expect(tooLong.headers.get(requestIdHeader)).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("replaces the handler's own security headers, drops X-Powered-By and leaves the handler's object alone", async () => {
      const response = await fetchOf()('/own-headers');
      expectBaseHeaders(response);
      expect(response.headers.get('content-type')).toBe('text/plain');
      expect(await response.text()).toBe('own');
      expect(shared).toEqual({ 'content-type': 'text/plain', 'X-Frame-Options': 'DENY', 'X-Powered-By': 'me' });
    });

    it('covers Responses built outside the context and bodiless ones', async () => {
      const raw = await fetchOf()('/raw');
      expect(raw.status).toBe(202);
      expectBaseHeaders(raw);
      expect(raw.headers.get(requestIdHeader)).not.toBeNull();
      const empty = await fetchOf()('/empty');
      expect(empty.status).toBe(204);
      expectBaseHeaders(empty);
    });
  });
}

behavesLikeBefore('baseHeaders in process (app.request)', () => {
  const app = createTestApp();
  return (path, init) => Promise.resolve(app.request(path, init));
});

let server: ServerType;
let url = '';
beforeAll(async () => {
  server = await new Promise<ServerType>((resolve) => {
    const s = serve(
      { fetch: createTestApp().fetch, port: 0, hostname: '127.0.0.1', serverOptions: { ServerResponse: ResponseWithBaseHeaders } },
      () => resolve(s),
    );
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

behavesLikeBefore('baseHeaders over HTTP with ResponseWithBaseHeaders', () => (path, init) => fetch(url + path, init));

describe('Strict-Transport-Security', () => {
  const appWith = (trustProxy: boolean) => {
    const app = new Hono<AppEnv>();
    app.use('*', baseHeaders({ trustProxy }));
    app.get('/json', (c) => c.json({}));
    return app;
  };

  it('is sent over HTTPS only: never over plain HTTP, where browsers ignore it', async () => {
    expect((await appWith(false).request('http://localhost/json')).headers.get(hsts.name)).toBeNull();
    expect((await appWith(false).request('https://localhost/json')).headers.get(hsts.name)).toBe(hsts.value);
    expect((await fetch(`${url}/json`)).headers.get(hsts.name)).toBeNull();
  });

  it('trusts X-Forwarded-Proto only behind a trusted proxy', async () => {
    const forwarded = { headers: { 'x-forwarded-proto': 'https' } };
    expect((await appWith(false).request('http://localhost/json', forwarded)).headers.get(hsts.name)).toBeNull();
    expect((await appWith(true).request('http://localhost/json', forwarded)).headers.get(hsts.name)).toBe(hsts.value);
    expect((await appWith(true).request('https://localhost/json', { headers: { 'x-forwarded-proto': 'http' } })).headers.get(hsts.name)).toBeNull();
  });
});
