import { describe, expect, it } from 'vitest';
import { createAuthShop } from '../support/auth-shop.js';

describe('session lifetime as a client sees it', () => {
  it('expiresAt is the idle deadline; sessionEndsAt the absolute one the cookie lives to', async () => {
    const { login, clock, services } = await createAuthShop({ auth: { idleTimeoutMs: 60_000, absoluteTimeoutMs: 600_000 } });
    const start = clock.now().getTime();
    const session = await login();
    expect(Date.parse(session.expiresAt)).toBe(start + 60_000);
    expect(Date.parse(session.sessionEndsAt)).toBe(start + 600_000);

    // Used every 50 s, the session outlives its first idle deadline, up to the absolute end.
    for (let elapsed = 50_000; elapsed < 600_000; elapsed += 50_000) {
      clock.advance(50_000);
      expect(services.auth.authenticateToken(session.token).kind).toBe('customer');
    }
    clock.advance(50_000);
    expect(() => services.auth.authenticateToken(session.token)).toThrow(/expired/);
  });
});
