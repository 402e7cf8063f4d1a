import type { Role } from './entities.js';

/**
 * Who is asking. Every service call takes one, so authorisation is decided once, in the
 * services, for all three protocols.
 */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'customer'; customerId: number; role: Role; sessionId?: string };

export const anonymous: Actor = { kind: 'anonymous' };
