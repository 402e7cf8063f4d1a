import type { Actor } from '../../domain/actor.js';
import type { Services } from '../../services/create-services.js';
import { createLoaders, type ShopLoaders } from './create-loaders.js';

/** What every resolver receives; the same for yoga, Apollo Server and Mercurius. */
export interface ShopContext {
  services: Services;
  /** Who is asking, resolved on first use: a stale cookie must not block `login` or the catalogue. */
  getActor: () => Actor;
  /** Fresh per request, so a batch never serves another caller's view. */
  loaders: ShopLoaders;
  requestId: string;
  /** Where the request came from, for the login rate limit. */
  clientAddress: string;
  /** Whether a session cookie set now must be `Secure` (the request came over HTTPS). */
  secureCookies: boolean;
  /** The shop's path prefix ('' or '/s/{id}'): the session cookie is scoped to it. */
  shopPrefix: string;
  /** Set-Cookie lines for the HTTP layer to add to the response (login and logout fill it). */
  responseCookies: string[];
}

export interface GraphqlContextOptions {
  services: Services;
  /** An actor, or how to find it (may throw UNAUTHENTICATED; then only fields that need it fail). */
  actor: Actor | (() => Actor);
  requestId?: string;
  clientAddress?: string;
  secureCookies?: boolean;
  shopPrefix?: string;
}

export function createGraphqlContext(options: GraphqlContextOptions): ShopContext {
  const { services, actor } = options;
  let resolved: Actor | undefined;
  return {
    services,
    getActor: () => (resolved ??= typeof actor === 'function' ? actor() : actor),
    loaders: createLoaders(services),
    requestId: options.requestId ?? 'none',
    clientAddress: options.clientAddress ?? 'unknown',
    secureCookies: options.secureCookies ?? false,
    shopPrefix: options.shopPrefix ?? '',
    responseCookies: [],
  };
}
