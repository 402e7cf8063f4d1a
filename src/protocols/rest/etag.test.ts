import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { conditionalGet } from './etag.js';
import type { RestEnv } from './rest-env.js';

/** A bare app with only the ETag layer: each route answers what its test needs. */
function appWith(body: unknown, status: 200 | 404 = 200) {
  const seen: unknown[] = [];
  const app = new Hono<RestEnv>();
  app.use('*', conditionalGet());
  app.on(['GET', 'POST'], '/thing', (c) => {
    seen.push(c.json);
    return c.json(body as never, status);
  });
  return { app, seen };
}

describe('conditionalGet', () => {
  it('tags a successful GET with a weak hash of the body and answers 304 to that tag', async () => {
    const { app } = appWith({ id: 1, name: 'Kenya AA' });
    const first = await app.request('/thing');
    const tag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/json');
    expect(await first.json()).toEqual({ id: 1, name: 'Kenya AA' });
    expect(tag).toMatch(/^W\/"[\w-]{27}"$/);

    const again = await app.request('/thing', { headers: { 'If-None-Match': `"other", ${tag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const changed = await appWith({ id: 1, name: 'Kenya AB' }).app.request('/thing', { headers: { 'If-None-Match': tag ?? '' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(tag);
  });

  it('leaves errors and other methods untagged', async () => {
    const missing = await appWith({ title: 'Not Found' }, 404).app.request('/thing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    expect(await missing.json()).toEqual({ title: 'Not Found' });

    const posted = await appWith({ ok: true }).app.request('/thing', { method: 'POST' });
    expect(posted.headers.get('etag')).toBeNull();
  });

  // Speed and memory: a closure made per request in `c.json` kept requests' objects alive into
  // V8's old generation (see etag.ts). Every GET must get the same shared function.
  it('puts one shared function in c.json, not a closure per request', async () => {
    const { app, seen } = appWith({ id: 1 });
    await app.request('/thing');
    await app.request('/thing');
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});
