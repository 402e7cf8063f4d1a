import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { RestEnv } from './rest-env.js';

const weakTag = (scope: string, body: string): string =>
  `W/"${createHash('sha1').update(scope).update('\n').update(body).digest('base64url')}"`;

const matches = (header: string | undefined, tag: string): boolean =>
  header !== undefined && header.split(',').some((candidate) => candidate.trim() === tag || candidate.trim() === '*');

/** Whose copy this is: shared for the catalogue, the caller for their own orders, cart, profile. */
function scopeOf(c: Context<RestEnv>): string {
  if (!c.get('privateCache')) return 'public';
  const actor = c.get('actor');
  return actor?.kind === 'customer' ? `customer:${actor.customerId}` : 'anonymous';
}

/**
 * Weak ETag (a hash of the JSON body) on every successful GET, and `If-None-Match` → 304.
 * The tag is computed from the string `c.json` serialises, as it serialises it: hono/etag
 * would clone the finished Response and read it back as a stream, which cost more than the
 * whole handler (and pushes @hono/node-server off its fast path).
 */
export const conditionalGet = (): MiddlewareHandler<RestEnv> => (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
  const json = c.json;
  c.json = ((object: unknown, arg?: number | ResponseInit, headers?: Record<string, string>) => {
    const status = typeof arg === 'number' ? arg : (arg?.status ?? 200);
    if (status < 200 || status > 299) return json(object as never, arg as never, headers as never);
    const text = JSON.stringify(object);
    const tag = weakTag(scopeOf(c), text);
    c.header('ETag', tag);
    if (matches(c.req.header('if-none-match'), tag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json');
    return c.body(text, arg as never, headers as never);
  }) as typeof c.json;
  return next();
};

/**
 * For resources that belong to the caller (their orders, cart, profile): no shared cache may
 * store them (`private`), caches must key them by credentials (`Vary`), and the ETag includes
 * the caller, so one customer's validator never matches another customer's copy.
 * The headers are set before the handler runs, so every response it builds carries them: set
 * on the finished response they would make node-server rebuild it as a streamed web Response.
 */
export const privateResource: MiddlewareHandler<RestEnv> = (c, next) => {
  c.set('privateCache', true);
  c.header('Cache-Control', 'private, no-cache');
  c.header('Vary', 'Authorization, Cookie');
  return next();
};

/** Login answers carry a token: nothing may keep a copy (set up front, as above). */
export const noStore: MiddlewareHandler = (c, next) => {
  c.header('Cache-Control', 'no-store');
  return next();
};
