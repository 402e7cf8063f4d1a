import type { Actor } from '../../src/domain/actor.js';
import { ShopError } from '../../src/domain/errors.js';
import type { Services } from '../../src/services/create-services.js';

/** `Authorization: Bearer <token>` → Actor, as our HTTP layer does it (peers take no cookies). */
export function actorFromAuthorization(header: string | string[] | undefined, services: Services): Actor {
  if (header === undefined) return services.auth.anonymous();
  const token = /^Bearer\s+(\S+)\s*$/i.exec(Array.isArray(header) ? (header[0] ?? '') : header)?.[1];
  if (!token) throw new ShopError('UNAUTHENTICATED', 'Authorization header must be "Bearer <token>".');
  return services.auth.authenticateToken(token);
}
