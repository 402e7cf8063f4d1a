import type { Actor } from '../domain/actor.js';
import { requireSignedIn, type SignedIn } from './authorization.js';
import type { Clock } from './clock.js';
import { createRateLimiter, type RateLimit } from './rate-limiter.js';

/** One customer's writes (orders, reviews, cart, catalogue) per window, across all protocols. */
export const defaultWriteLimit: RateLimit = { limit: 120, windowMs: 60_000 };

export type WriteGuard = (actor: Actor) => SignedIn;

/** `requireSignedIn` plus a per-customer write budget: a runaway script gets 429s, not the shop. */
export function createWriteGuard(clock: Clock, limit: RateLimit = defaultWriteLimit): WriteGuard {
  const limiter = createRateLimiter(clock, limit);
  return (actor) => {
    const signedIn = requireSignedIn(actor);
    limiter.hit(`customer:${signedIn.customerId}`, 'writes');
    return signedIn;
  };
}
