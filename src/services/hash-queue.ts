import { ShopError } from '../domain/errors.js';

export interface HashQueueOptions {
  /** Hashes running at once (each holds 16 MiB and a libuv thread for ~50–100 ms). */
  concurrency: number;
  /** Hashes waiting for a slot; one more is refused with RATE_LIMITED. */
  maxWaiting: number;
}

export const defaultHashQueueOptions: HashQueueOptions = { concurrency: 2, maxWaiting: 16 };

export type HashQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Runs password hashes a few at a time. Unbounded, 20 parallel registrations held 20 × the
 * hash's memory and starved logins; with a queue, the excess waits or is told to come back.
 * Shops may share one queue (it bounds the process) or each have their own.
 */
export function createHashQueue({ concurrency, maxWaiting }: HashQueueOptions = defaultHashQueueOptions): HashQueue {
  let running = 0;
  const waiting: (() => void)[] = [];

  // A finished hash hands its slot straight to the next in line, so no newcomer can slip in between.
  const next = () => {
    const waiter = waiting.shift();
    if (waiter) waiter();
    else running -= 1;
  };

  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= concurrency) {
      if (waiting.length >= maxWaiting) {
        throw new ShopError('RATE_LIMITED', 'The server is busy checking passwords; try again in a second.', { retryAfterSeconds: 1 });
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running += 1;
    }
    try {
      return await task();
    } finally {
      next();
    }
  };
}
