import { anonymous, type Actor } from '../../domain/actor.js';
import { requireAdmin, requireSignedIn } from '../../services/authorization.js';
import type { Services } from '../../services/create-services.js';
import type { SoapOperation } from './operation-types.js';
import type { UsernameToken } from './ws-security.js';

export interface SoapCredentials {
  /** The SOAP header's WS-Security UsernameToken, if it has one: it wins over HTTP credentials. */
  usernameToken: UsernameToken | undefined;
  /** Who the HTTP credentials (bearer token, cookie) say is calling; asked only without a UsernameToken. */
  httpActor: () => Actor;
  /** Asked only when a password is checked (the failed-login limits count per address). */
  clientAddress: () => string;
}

/**
 * Who is calling a SOAP operation, and whether they may: the one step behind this adapter's
 * POST /soap and the node-soap service. Public operations never look at credentials (an expired
 * token must not block Login). Synchronous unless a password has to be checked: an `await` per
 * step is a microtask each.
 */
export function soapCaller(services: Services, operation: SoapOperation, credentials: SoapCredentials): Actor | Promise<Actor> {
  if (operation.auth === 'public') return anonymous;
  const allowed = (actor: Actor): Actor => {
    if (operation.auth === 'admin') requireAdmin(actor);
    else requireSignedIn(actor);
    return actor;
  };
  const token = credentials.usernameToken;
  if (!token) return allowed(credentials.httpActor());
  return services.auth
    .authenticatePassword({
      email: token.username,
      password: token.password,
      created: token.created,
      nonce: token.nonce,
      clientAddress: credentials.clientAddress(),
    })
    .then(allowed);
}
