import { ShopError } from '../domain/errors.js';
import type { Clock } from './clock.js';

export interface NonceGuardOptions {
  /** How far a token's Created may be from now, either way; nonces are remembered this long. */
  windowMs: number;
  /** Nonces remembered at most; past it new tokens are refused until old ones expire. */
  maxNonces: number;
}

export const defaultNonceGuardOptions: NonceGuardOptions = { windowMs: 5 * 60_000, maxNonces: 50_000 };

// xsd:dateTime with a time zone, as the UsernameToken profile's wsu:Created is.
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const refuse = (message: string) => new ShopError('UNAUTHENTICATED', message);

/**
 * Freshness and replay checks of the OASIS UsernameToken profile: a token whose Created is
 * outside the window is refused, and so is a Nonce already seen within it. Both elements are
 * optional in the profile; a token without them is accepted (and is replayable; send them).
 */
export function createNonceGuard(clock: Clock, { windowMs, maxNonces }: NonceGuardOptions = defaultNonceGuardOptions) {
  // Nonce → when it may be forgotten. Insertion order is expiry order (a fixed window from now).
  const seen = new Map<string, number>();
  const minutes = Math.round(windowMs / 60_000);

  const prune = (now: number) => {
    for (const [nonce, until] of seen) {
      if (until > now) break;
      seen.delete(nonce);
    }
  };

  return {
    /** Throws UNAUTHENTICATED for a Created that is malformed or outside the window. */
    checkCreated(created: string | undefined): void {
      if (created === undefined) return;
      const at = dateTime.test(created) ? Date.parse(created) : Number.NaN;
      if (Number.isNaN(at)) throw refuse('The UsernameToken\'s Created is not an xsd:dateTime with a time zone (e.g. 2026-01-31T12:00:00Z).');
      if (Math.abs(clock.now().getTime() - at) > windowMs) {
        throw refuse(`The UsernameToken's Created is more than ${minutes} minutes from the server's time; make a fresh token.`);
      }
    },

    /**
     * Claims a nonce, throwing if it was seen within the window. Returns a release function
     * for an attempt that failed, so only tokens that authenticated are kept.
     */
    claim(nonce: string | undefined): () => void {
      if (nonce === undefined) return () => undefined;
      const now = clock.now().getTime();
      prune(now);
      if (seen.has(nonce)) throw refuse('This UsernameToken\'s Nonce was already used: a replayed message is refused. Send a new Nonce with every message.');
      if (seen.size >= maxNonces) {
        throw new ShopError('RATE_LIMITED', 'Too many UsernameTokens in the last minutes; try again shortly.', { retryAfterSeconds: 60 });
      }
      seen.set(nonce, now + windowMs);
      return () => seen.delete(nonce);
    },
  };
}

export type NonceGuard = ReturnType<typeof createNonceGuard>;
