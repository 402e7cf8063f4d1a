import type { Actor } from '../../src/domain/actor.js';
import { actorFromAuthorization as fromHeader } from '../../src/http/resolve-actor.js';
import type { Services } from '../../src/services/create-services.js';

/** `Authorization: Bearer <token>` → Actor, as our HTTP layer does it (peers take no cookies). */
export function actorFromAuthorization(header: string | string[] | undefined, services: Services): Actor {
  return fromHeader(Array.isArray(header) ? (header[0] ?? '') : header, services);
}
