import type { Context } from 'hono';
import type { Actor } from '../../domain/actor.js';
import type { AppDeps, AppEnv } from '../../http/app-env.js';
import { isShopError } from '../../domain/errors.js';
import { resolveActor } from '../../http/resolve-actor.js';
import { clearSessionCookie, readSessionCookie } from '../../http/session-cookie.js';
import type { Services } from '../../services/create-services.js';
import { shopOf } from '../../shops/shop-routing.js';

/**
 * The REST routes' per-request variables. The dependencies ride on the context (set by one
 * middleware in mount-rest) so the route table can be built without them: that is how the
 * OpenAPI document is generated offline, from the very routes that serve requests.
 */
export interface RestEnv {
  Variables: AppEnv['Variables'] & {
    deps: AppDeps;
    /** Set once the caller's credentials were checked; private responses vary by it. */
    actor?: Actor;
    /** Set on the caller's own resources: their ETag is scoped to the caller. */
    privateCache?: boolean;
  };
}

/** Who is asking (Bearer header or session cookie), resolved once per request. */
export function actorOf(c: Context<RestEnv>): Actor {
  const known = c.get('actor');
  if (known) return known;
  const { trustProxy } = c.get('deps');
  try {
    const actor = resolveActor(c, shopOf(c).services, trustProxy);
    c.set('actor', actor);
    return actor;
  } catch (error) {
    // A dead session cookie would fail every request until it expired: tell the browser to drop it.
    const byCookie = c.req.header('authorization') === undefined && readSessionCookie(c) !== undefined;
    if (byCookie && isShopError(error) && error.code === 'UNAUTHENTICATED') clearSessionCookie(c, trustProxy);
    throw error;
  }
}

export const servicesOf = (c: Context<RestEnv>): Services => shopOf(c).services;

/** A path of this shop as the client must use it: with the sandbox prefix, if any. */
export const shopPath = (c: Context<RestEnv>, path: string): string => `${shopOf(c).prefix}${path}`;
