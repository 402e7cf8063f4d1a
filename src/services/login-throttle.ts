import { ShopError } from '../domain/errors.js';
import type { Clock } from './clock.js';

export interface LoginThrottleOptions {
  /** Failures one (account, address) pair may make before each further attempt must wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A pair's record is forgotten after this long without a failure. */
  forgetAfterMs: number;
}

export const defaultLoginThrottle: LoginThrottleOptions = {
  freeFailures: 5,
  firstDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
  forgetAfterMs: 15 * 60_000,
};

interface Record {
  failures: number;
  lastFailureAt: number;
  /** Until then this pair's attempts are refused without a password check. */
  blockedUntil: number;
}

/**
 * Failed logins counted per (account, address) pair, with waits that grow: after the free
 * failures each one doubles the next wait (1 s, 2 s, 4 s … up to the cap). A guesser is
 * slowed to a crawl; a learner who mistypes a shared demo password slows only themself,
 * and nobody else's login on that account is ever refused because of it.
 */
export function createLoginThrottle(clock: Clock, options: LoginThrottleOptions = defaultLoginThrottle) {
  const pairs = new Map<string, Record>();
  const keyOf = (account: string, address: string) => `${account}\u0000${address}`;
  const now = () => clock.now().getTime();

  const current = (key: string): Record | undefined => {
    const record = pairs.get(key);
    if (record && now() - record.lastFailureAt >= options.forgetAfterMs) {
      pairs.delete(key);
      return undefined;
    }
    return record;
  };

  return {
    /** Throws RATE_LIMITED while this pair must wait. */
    check(account: string, address: string): void {
      const record = current(keyOf(account, address));
      if (!record || record.blockedUntil <= now()) return;
      const retryAfterSeconds = Math.max(1, Math.ceil((record.blockedUntil - now()) / 1000));
      throw new ShopError('RATE_LIMITED', `Too many failed logins for this account from your address; try again in ${retryAfterSeconds} s.`, {
        retryAfterSeconds,
      });
    },
    /**
     * Counts an attempt as failed, before its password is checked: otherwise parallel guesses
     * would all pass `check` while the first ones are still hashing. Success forgives it.
     */
    fail(account: string, address: string): void {
      const key = keyOf(account, address);
      const record = current(key) ?? { failures: 0, lastFailureAt: 0, blockedUntil: 0 };
      record.failures += 1;
      record.lastFailureAt = now();
      const over = record.failures - options.freeFailures;
      if (over >= 0) record.blockedUntil = now() + Math.min(options.maxDelayMs, options.firstDelayMs * 2 ** Math.min(over, 30));
      pairs.set(key, record);
      if (pairs.size > 100_000) pairs.clear(); // bounded memory under a key-spraying attack
    },
    /** Gives back one counted attempt that turned out not to count (the hash queue was full). */
    release(account: string, address: string): void {
      const record = current(keyOf(account, address));
      if (!record || record.failures === 0) return;
      record.failures -= 1;
      if (record.failures < options.freeFailures) record.blockedUntil = 0;
    },
    /** A successful login forgives the pair. */
    succeed(account: string, address: string): void {
      pairs.delete(keyOf(account, address));
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
