import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { maxBodyBytes } from './app-env.js';

const bodiless = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses bodies over `maxBodyBytes` before anyone parses them; the one cap of every protocol.
 * A declared Content-Length is enough (Node's HTTP parser never delivers more than it declares);
 * a body with a Transfer-Encoding is counted as it streams even if it also declares a length, as
 * hono/body-limit does (the encoding wins over the length in HTTP/1.1). Bodiless methods pass
 * untouched: hono/body-limit would look at `request.body`, which makes @hono/node-server build a
 * full web Request on every GET; so would a declared length here, which keeps node-server's fast
 * path that reads the body without web streams.
 */
export function bodyCap(onTooLarge: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize: maxBodyBytes, onError: onTooLarge });
  return async (c, next) => {
    if (bodiless.has(c.req.method)) return next();
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (Number(declared) > maxBodyBytes) return onTooLarge(c);
    return next();
  };
}
