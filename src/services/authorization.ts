import type { Actor } from '../domain/actor.js';
import { ShopError } from '../domain/errors.js';

export type SignedIn = Extract<Actor, { kind: 'customer' }>;

export function requireSignedIn(actor: Actor): SignedIn {
  if (actor.kind === 'anonymous') throw new ShopError('UNAUTHENTICATED', 'Log in first: this needs a signed-in customer.');
  return actor;
}

export function requireAdmin(actor: Actor): SignedIn {
  const signedIn = requireSignedIn(actor);
  if (signedIn.role !== 'admin') throw new ShopError('FORBIDDEN', 'Only an admin may do this.');
  return signedIn;
}

/** Whether `actor` may see what belongs to `ownerId`: its owner, or an admin. */
export const canSee = (actor: SignedIn, ownerId: number): boolean =>
  actor.role === 'admin' || actor.customerId === ownerId;
