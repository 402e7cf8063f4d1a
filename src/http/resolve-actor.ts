import type { Context } from 'hono';
import type { Actor } from '../domain/actor.js';
import { ShopError } from '../domain/errors.js';
import type { Services } from '../services/create-services.js';
import { ownOrigin } from './request-origin.js';
import { readSessionCookie } from './session-cookie.js';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A cookie rides along on cross-site requests; a Bearer header never does. So only
 * cookie-authenticated writes are checked: the browser's Origin (or Sec-Fetch-Site) must say
 * the request came from this site. Clients that send neither header are not browsers.
 */
function refuseCrossSite(request: Request, trustProxy: boolean): void {
  if (!unsafeMethods.has(request.method)) return;
  const origin = request.headers.get('origin');
  const fetchSite = request.headers.get('sec-fetch-site');
  const crossOrigin = origin !== null ? origin !== ownOrigin(request, trustProxy) : fetchSite === 'cross-site';
  if (crossOrigin) {
    throw new ShopError('FORBIDDEN', 'Cross-site request refused: a cookie-authenticated write must come from this site.');
  }
}

/** The bearer token of `Authorization: Bearer <token>`, if that is what the header holds. */
export function bearerToken(header: string | undefined | null): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Who `Authorization: Bearer <token>` says is asking; no header: anonymous, any other header: UNAUTHENTICATED. */
export function actorFromAuthorization(header: string | undefined, services: Services): Actor {
  if (header === undefined) return services.auth.anonymous();
  const token = bearerToken(header);
  if (!token) throw new ShopError('UNAUTHENTICATED', 'Authorization header must be "Bearer <token>".');
  return services.auth.authenticateToken(token);
}

/**
 * Who is asking, from `Authorization: Bearer` or else the session cookie. No credentials:
 * anonymous. Credentials that do not work: UNAUTHENTICATED (never silently anonymous, so a
 * learner sees why their token stopped working).
 */
export function resolveActor(c: Context, services: Services, trustProxy: boolean): Actor {
  const header = c.req.header('authorization');
  if (header !== undefined) return actorFromAuthorization(header, services);
  const cookie = readSessionCookie(c);
  if (cookie === undefined || cookie === '') return services.auth.anonymous();
  refuseCrossSite(c.req.raw, trustProxy);
  return services.auth.authenticateToken(cookie);
}
