import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/services/clock.js';
import { createLoginThrottle } from '../../src/services/login-throttle.js';

const ada = 'ada@example.com';

describe('login throttle: per account and address, growing waits', () => {
  it('lets the free failures through, then doubles the wait after each further failure', () => {
    const clock = createManualClock();
    const throttle = createLoginThrottle(clock);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      throttle.check(ada, '192.0.2.1');
      throttle.fail(ada, '192.0.2.1');
    }
    expect(() => throttle.check(ada, '192.0.2.1')).toThrow(/try again in 1 s/);
    clock.advance(1_000);
    throttle.check(ada, '192.0.2.1');
    throttle.fail(ada, '192.0.2.1');
    expect(() => throttle.check(ada, '192.0.2.1')).toThrow(/try again in 2 s/);
    clock.advance(2_000);
    throttle.fail(ada, '192.0.2.1');
    expect(() => throttle.check(ada, '192.0.2.1')).toThrow(/try again in 4 s/);
  });

  it('never refuses the same account from another address, nor another account from the same address', () => {
    const throttle = createLoginThrottle(createManualClock());
    for (let attempt = 0; attempt < 9; attempt += 1) throttle.fail(ada, '192.0.2.1');
    expect(() => throttle.check(ada, '192.0.2.1')).toThrow(/RATE|Too many/);
    expect(() => throttle.check(ada, '192.0.2.2')).not.toThrow();
    expect(() => throttle.check('grace@example.com', '192.0.2.1')).not.toThrow();
  });

  it('caps the wait, forgets a quiet pair and forgives a pair on success', () => {
    const clock = createManualClock();
    const throttle = createLoginThrottle(clock);
    for (let attempt = 0; attempt < 40; attempt += 1) throttle.fail(ada, '192.0.2.1');
    expect(() => throttle.check(ada, '192.0.2.1')).toThrow(/try again in 300 s/);
    clock.advance(15 * 60_000);
    expect(() => throttle.check(ada, '192.0.2.1')).not.toThrow();
    for (let attempt = 0; attempt < 7; attempt += 1) throttle.fail(ada, '192.0.2.3');
    throttle.succeed(ada, '192.0.2.3');
    expect(() => throttle.check(ada, '192.0.2.3')).not.toThrow();
  });
});
