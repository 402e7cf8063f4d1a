import { describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { createAuthShop, kim } from '../support/auth-shop.js';
import { createTestShop, nobody } from '../support/shop.js';
import { shopErrorOf, shopErrorOfAsync } from '../support/shop-error.js';

const minute = 60_000;
const sessionCount = (db: { prepare(sql: string): { get(): unknown } }): number =>
  (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;

describe('auth.login', () => {
  it('returns a token that authenticates as the customer, and an expiry', async () => {
    const shop = await createAuthShop();
    const result = await shop.login();
    expect(result.customer).toEqual(shop.customer);
    expect(result.expiresAt).toBe(new Date(shop.clock.now().getTime() + 30 * minute).toISOString());
    expect(result.token).toMatch(/^[\w-]{43}$/);
    expect(shop.services.auth.authenticateToken(result.token)).toMatchObject({
      kind: 'customer',
      customerId: shop.customer.id,
      role: 'customer',
      sessionId: expect.any(String),
    });
  });

  it('stores only a hash of the token', async () => {
    const shop = await createAuthShop();
    const { token } = await shop.login();
    const rows = shop.db.prepare('SELECT * FROM sessions').all();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('makes a new session id at every login', async () => {
    const shop = await createAuthShop();
    const [first, second] = [await shop.login(), await shop.login()];
    expect(first.token).not.toBe(second.token);
    const [a, b] = [shop.services.auth.authenticateToken(first.token), shop.services.auth.authenticateToken(second.token)];
    expect(a.kind === 'customer' && a.sessionId).not.toBe(b.kind === 'customer' && b.sessionId);
  });

  it('accepts the email in any case', async () => {
    const shop = await createAuthShop();
    expect((await shop.login({ email: ' KIM@Example.com ' })).customer.id).toBe(shop.customer.id);
  });

  it('gives the same error for an unknown email and a wrong password', async () => {
    const shop = await createAuthShop();
    const unknown = await shopErrorOfAsync(() => shop.login({ email: 'nobody@example.com' }));
    const wrong = await shopErrorOfAsync(() => shop.login({ password: 'not-kims-password' }));
    expect(unknown.code).toBe('UNAUTHENTICATED');
    expect([wrong.code, wrong.message, wrong.fields]).toEqual([unknown.code, unknown.message, unknown.fields]);
    expect(sessionCount(shop.db)).toBe(0);
  });

  it('refuses an empty email or password with VALIDATION_FAILED', async () => {
    const shop = await createAuthShop();
    expect((await shopErrorOfAsync(() => shop.login({ email: '' }))).code).toBe('VALIDATION_FAILED');
    expect((await shopErrorOfAsync(() => shop.login({ password: '' }))).code).toBe('VALIDATION_FAILED');
  });

  it('logs the seeded demo customer in with the documented password', async () => {
    const { services } = createTestShop();
    const { email, password } = demoAccounts.customer;
    const result = await services.auth.login({ email, password, clientAddress: '192.0.2.9' });
    expect(result.customer).toMatchObject({ id: 1, email });
  });
});

describe('auth.authenticateToken', () => {
  it.each([
    ['an empty token', ''],
    ['an unknown token', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a huge token', 'x'.repeat(10_000)],
  ])('refuses %s with UNAUTHENTICATED', async (_name, token) => {
    const shop = await createAuthShop();
    expect(shopErrorOf(() => shop.services.auth.authenticateToken(token)).code).toBe('UNAUTHENTICATED');
  });

  it('ends a session left idle for 30 minutes, and deletes it', async () => {
    const shop = await createAuthShop();
    const { token } = await shop.login();
    shop.clock.advance(30 * minute - 1);
    shop.services.auth.authenticateToken(token);
    shop.clock.advance(30 * minute);
    expect(shopErrorOf(() => shop.services.auth.authenticateToken(token)).code).toBe('UNAUTHENTICATED');
    expect(sessionCount(shop.db)).toBe(0);
  });

  it('resets the idle timer on every use', async () => {
    const shop = await createAuthShop();
    const { token } = await shop.login();
    for (let step = 0; step < 5; step += 1) {
      shop.clock.advance(29 * minute);
      expect(shop.services.auth.authenticateToken(token).kind).toBe('customer');
    }
  });

  it('ends even a busy session 12 hours after login', async () => {
    const shop = await createAuthShop();
    const { token } = await shop.login();
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      shop.clock.advance(20 * minute);
      shop.services.auth.authenticateToken(token);
    }
    shop.clock.advance(20 * minute);
    expect(shopErrorOf(() => shop.services.auth.authenticateToken(token)).code).toBe('UNAUTHENTICATED');
  });

  it('honours configured timeouts', async () => {
    const shop = await createAuthShop({ auth: { idleTimeoutMs: minute, absoluteTimeoutMs: 10 * minute } });
    const { token, expiresAt } = await shop.login();
    expect(Date.parse(expiresAt) - shop.clock.now().getTime()).toBe(minute);
    shop.clock.advance(minute);
    expect(shopErrorOf(() => shop.services.auth.authenticateToken(token)).code).toBe('UNAUTHENTICATED');
  });
});

describe('auth.logout', () => {
  it('revokes the session at once, and only that session', async () => {
    const shop = await createAuthShop();
    const [first, second] = [await shop.login(), await shop.login()];
    shop.services.auth.logout(shop.services.auth.authenticateToken(first.token));
    expect(shopErrorOf(() => shop.services.auth.authenticateToken(first.token)).code).toBe('UNAUTHENTICATED');
    expect(shop.services.auth.authenticateToken(second.token).kind).toBe('customer');
  });

  it('needs a signed-in actor', async () => {
    const shop = await createAuthShop();
    expect(shopErrorOf(() => shop.services.auth.logout(nobody)).code).toBe('UNAUTHENTICATED');
  });
});

describe('auth.authenticatePassword', () => {
  it('authenticates without making a session', async () => {
    const shop = await createAuthShop();
    const actor = await shop.services.auth.authenticatePassword({ email: kim.email, password: kim.password, clientAddress: '192.0.2.1' });
    expect(actor).toEqual({ kind: 'customer', customerId: shop.customer.id, role: 'customer' });
    expect(sessionCount(shop.db)).toBe(0);
  });

  it('refuses a wrong password like login does', async () => {
    const shop = await createAuthShop();
    const error = await shopErrorOfAsync(() =>
      shop.services.auth.authenticatePassword({ email: kim.email, password: 'wrong-password', clientAddress: '192.0.2.1' }),
    );
    expect(error.code).toBe('UNAUTHENTICATED');
  });
});

describe('auth.purgeExpiredSessions', () => {
  it('drops idle sessions and keeps live ones', async () => {
    const shop = await createAuthShop();
    await shop.login();
    shop.clock.advance(20 * minute);
    const { token } = await shop.login();
    shop.clock.advance(15 * minute);
    expect(shop.services.auth.purgeExpiredSessions()).toBe(1);
    expect(sessionCount(shop.db)).toBe(1);
    expect(shop.services.auth.authenticateToken(token).kind).toBe('customer');
  });
});
