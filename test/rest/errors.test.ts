import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { problemOf } from '../support/rest-requests.js';
import { createTestApp } from '../support/test-app.js';
import { createTestKit } from '../support/test-kit.js';

describe('requests that match no operation', () => {
  it('answers an unknown /rest path with a 404 problem', async () => {
    const { request } = createTestKit();
    for (const path of ['/rest/unicorns', '/rest', '/rest/products/1/photos']) {
      const response = await request(path);
      expect(response.status, path).toBe(404);
      expect(await problemOf(response)).toMatchObject({ status: 404, code: 'NOT_FOUND', instance: path, requestId: expect.any(String) });
    }
  });

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const { request } = createTestKit();
    const response = await request('/rest/products/1', { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, PATCH, DELETE, OPTIONS');
    expect(await problemOf(response)).toMatchObject({ title: 'Method Not Allowed', code: 'METHOD_NOT_ALLOWED', status: 405 });
    expect((await request('/rest/cart/checkout')).headers.get('allow')).toBe('POST, OPTIONS');
    const options = await request('/rest/products', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
  });

  it('answers 406 for an Accept header that names no JSON type, and serves the ones that do', async () => {
    const { request } = createTestKit();
    for (const accept of ['application/xml', 'text/html', 'application/json;q=0']) {
      const response = await request('/rest/products/1', { headers: { accept } });
      expect(response.status, accept).toBe(406);
      expect(await problemOf(response)).toMatchObject({ status: 406, code: 'NOT_ACCEPTABLE', title: 'Not Acceptable' });
    }
    for (const accept of ['*/*', 'application/json', 'application/problem+json', 'application/*', 'text/html, application/json;q=0.5']) {
      const response = await request('/rest/products/1', { headers: { accept } });
      expect(response.status, accept).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
    // Errors keep their problem+json when the client accepts JSON.
    expect((await request('/rest/products/4242', { headers: { accept: 'application/json' } })).status).toBe(404);
  });

  it('answers HEAD like GET without a body', async () => {
    const { request } = createTestKit();
    const response = await request('/rest/products/1', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^W\//);
    expect(await response.text()).toBe('');
  });
});

describe('unexpected failures', () => {
  it('answer 500 with a generic problem and the request id, and log the detail', async () => {
    const lines: string[] = [];
    const { services } = createTestKit();
    const broken = {
      ...services,
      catalog: {
        ...services.catalog,
        listCategories: () => {
          throw new Error('disk on fire at /var/secret/shop.db');
        },
      },
    };
    const app = createTestApp(broken, { logger: createLogger('error', (line) => lines.push(line)) });
    const response = await app.request('/rest/categories');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('disk on fire');
    expect(text).not.toContain('secret');
    const problem = JSON.parse(text) as { code: string; requestId: string; detail: string };
    expect(problem.code).toBe('INTERNAL');
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
    expect(problem.detail).toContain(problem.requestId);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 'error', requestId: problem.requestId, error: expect.stringContaining('disk on fire') });
  });
});
