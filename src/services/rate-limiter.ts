import { ShopError } from '../domain/errors.js';
import type { Clock } from './clock.js';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/**
 * Fixed-window counters in memory, per key. Enough for one process; a shared store would be
 * needed once several instances serve one class.
 */
export function createRateLimiter(clock: Clock, { limit, windowMs }: RateLimit) {
  const windows = new Map<string, { start: number; count: number }>();

  const current = (key: string) => {
    const now = clock.now().getTime();
    const window = windows.get(key);
    if (!window || now - window.start >= windowMs) {
      const fresh = { start: now, count: 0 };
      windows.set(key, fresh);
      if (windows.size > 100_000) windows.clear(); // bounded memory under a key-spraying attack
      return fresh;
    }
    return window;
  };

  const refuse = (window: { start: number }, what: string): never => {
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + windowMs - clock.now().getTime()) / 1000));
    throw new ShopError('RATE_LIMITED', `Too many ${what}; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  };

  return {
    /** Throws RATE_LIMITED if `key` has used up its window; does not count. */
    check(key: string, what: string): void {
      const window = current(key);
      if (window.count >= limit) refuse(window, what);
    },
    /** Counts one use of `key`, throwing RATE_LIMITED past the limit. */
    hit(key: string, what: string): void {
      const window = current(key);
      if (window.count >= limit) refuse(window, what);
      window.count += 1;
    },
    /** Gives back one use of `key`: an attempt counted up front that turned out not to count. */
    release(key: string): void {
      const window = windows.get(key);
      if (window && window.count > 0) window.count -= 1;
    },
    reset(key: string): void {
      windows.delete(key);
    },
  };
}
