import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The address the trusted proxy saw, from X-Forwarded-For read right to left: each of `hops`
 * trusted proxies appends the address it received from, so the entry `hops` from the right is
 * the client's. Entries left of it are whatever the client sent, and never trusted. A shorter
 * list than expected gives its left-most entry, the farthest any trusted proxy vouches for.
 */
export function forwardedClient(header: string | undefined, hops: number): string | undefined {
  const entries = (header ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - Math.max(1, hops))];
}

/** The caller's IP for rate limits; behind `hops` trusted proxies, the address they saw. */
export function clientAddress(c: Context, trustProxy: boolean, hops = 1): string {
  if (trustProxy) {
    const forwarded = forwardedClient(c.req.header('x-forwarded-for'), hops);
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return 'unknown';
  }
}
