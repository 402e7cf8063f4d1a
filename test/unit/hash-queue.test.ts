import { describe, expect, it } from 'vitest';
import { createHashQueue } from '../../src/services/hash-queue.js';
import { shopErrorOfAsync } from '../support/shop-error.js';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('the password hash queue', () => {
  it('runs at most `concurrency` tasks at once, queues `maxWaiting`, refuses the rest with RATE_LIMITED', async () => {
    const queue = createHashQueue({ concurrency: 2, maxWaiting: 3 });
    let running = 0;
    let peak = 0;
    const gates = Array.from({ length: 5 }, deferred);
    const results = gates.map((gate, index) =>
      queue(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await gate.promise;
        running -= 1;
        return index;
      }),
    );
    const refused = await shopErrorOfAsync(() => queue(async () => 99));
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it('hands a finished slot to the next in line: a newcomer cannot slip past the queue', async () => {
    const queue = createHashQueue({ concurrency: 1, maxWaiting: 5 });
    const order: string[] = [];
    const first = deferred();
    const a = queue(async () => {
      await first.promise;
      order.push('a');
    });
    const b = queue(async () => void order.push('b'));
    first.resolve();
    await Promise.resolve();
    const c = queue(async () => void order.push('c'));
    await Promise.all([a, b, c]);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('frees its slot when a task fails', async () => {
    const queue = createHashQueue({ concurrency: 1, maxWaiting: 0 });
    await expect(queue(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue(async () => 'next')).toBe('next');
  });
});
