import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import type { RestEnv } from './rest-env.js';

/**
 * Weak ETag (a hash of the body) on every successful GET, and `If-None-Match` → 304.
 * Hono's middleware keeps an ETag a route already set, which is how private responses
 * below get one that also depends on who asked.
 */
export const conditionalGet = (): MiddlewareHandler => etag({ weak: true, generateDigest: sha1 });

/** node:crypto's synchronous hash: WebCrypto's job round trip cost more than the hashing itself. */
function sha1(body: Uint8Array): ArrayBuffer {
  const digest = createHash('sha1').update(body).digest();
  return digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength) as ArrayBuffer;
}

const weakTag = (...parts: string[]): string => `W/"${createHash('sha1').update(parts.join('\n')).digest('base64url')}"`;

/**
 * For resources that belong to the caller (their orders, cart, profile): no shared cache may
 * store them (`private`), caches must key them by credentials (`Vary`), and the ETag includes
 * the caller, so one customer's validator never matches another customer's copy.
 */
export const privateResource: MiddlewareHandler<RestEnv> = async (c, next) => {
  await next();
  c.header('Cache-Control', 'private, no-cache');
  c.header('Vary', 'Authorization, Cookie');
  if (c.req.method !== 'GET' || !c.res.ok || c.res.headers.has('ETag')) return;
  const actor = c.get('actor');
  const caller = actor?.kind === 'customer' ? `customer:${actor.customerId}` : 'anonymous';
  c.header('ETag', weakTag(caller, await c.res.clone().text()));
};

/** Login answers carry a token: nothing may keep a copy. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
