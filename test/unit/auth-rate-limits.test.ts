import { describe, expect, it, vi } from 'vitest';
import { defaultLoginThrottle } from '../../src/services/login-throttle.js';
import { createAuthShop } from '../support/auth-shop.js';
import { shopErrorOfAsync } from '../support/shop-error.js';

const minute = 60_000;
type AuthShop = Awaited<ReturnType<typeof createAuthShop>>;

/** `count` failed logins; each must be refused as bad credentials, not yet as rate limited. */
async function failLogins(shop: AuthShop, count: number, attempt: (index: number) => Parameters<AuthShop['login']>[0]) {
  for (let index = 0; index < count; index += 1) {
    expect((await shopErrorOfAsync(() => shop.login(attempt(index)))).code).toBe('UNAUTHENTICATED');
  }
}

describe('failed logins per account and address: five free, then waits that double', () => {
  it('refuses even the right password during the wait, without looking the account up', async () => {
    const shop = await createAuthShop();
    await failLogins(shop, 5, () => ({ password: 'wrong-password' }));
    const lookups = vi.spyOn(shop.store, 'findCustomerByEmail');
    const limited = await shopErrorOfAsync(() => shop.login());
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.retryAfterSeconds).toBe(1);
    expect(lookups).not.toHaveBeenCalled();
  });

  it('counts the account whatever the case of the email, but never refuses it from another address', async () => {
    const shop = await createAuthShop();
    await failLogins(shop, 5, (index) => ({ email: index % 2 ? 'KIM@example.com' : 'kim@EXAMPLE.com', password: 'wrong-password' }));
    expect((await shopErrorOfAsync(() => shop.login())).code).toBe('RATE_LIMITED');
    // A classmate on another machine logs into the same shared demo account at once.
    expect((await shop.login({ clientAddress: '198.51.100.1' })).customer.email).toBe('kim@example.com');
  });

  it('doubles the wait after each further failure, and lets the right password in once it is over', async () => {
    const shop = await createAuthShop();
    await failLogins(shop, 5, () => ({ password: 'wrong-password' }));
    shop.clock.advance(1000);
    await failLogins(shop, 1, () => ({ password: 'wrong-password' }));
    expect((await shopErrorOfAsync(() => shop.login())).retryAfterSeconds).toBe(2);
    shop.clock.advance(2000);
    await failLogins(shop, 1, () => ({ password: 'wrong-password' }));
    expect((await shopErrorOfAsync(() => shop.login())).retryAfterSeconds).toBe(4);
    shop.clock.advance(4000);
    expect((await shop.login()).customer.email).toBe('kim@example.com');
  });

  it('starts counting again after a successful login', async () => {
    const shop = await createAuthShop();
    await failLogins(shop, 4, () => ({ password: 'wrong-password' }));
    await shop.login();
    await failLogins(shop, 4, () => ({ password: 'wrong-password' }));
    expect((await shop.login()).customer.email).toBe('kim@example.com');
  });

  it('limits the account for authenticatePassword too (SOAP UsernameToken)', async () => {
    const shop = await createAuthShop();
    await failLogins(shop, 5, () => ({ password: 'wrong-password' }));
    const error = await shopErrorOfAsync(() =>
      shop.services.auth.authenticatePassword({ email: 'kim@example.com', password: 'kim-password-2026', clientAddress: '192.0.2.1' }),
    );
    expect(error.code).toBe('RATE_LIMITED');
  });

  it('leaves other accounts alone', async () => {
    const shop = await createAuthShop();
    await failLogins(shop, 5, () => ({ password: 'wrong-password' }));
    await shop.services.customers.register({ email: 'lee@example.com', name: 'Lee', password: 'lee-password-2026' });
    const other = await shop.login({ email: 'lee@example.com', password: 'lee-password-2026' });
    expect(other.customer.email).toBe('lee@example.com');
  });

  it('holds against parallel guesses: attempts past the limit are refused before any hashing', async () => {
    const shop = await createAuthShop();
    const lookups = vi.spyOn(shop.store, 'findCustomerByEmail');
    const guesses = Array.from({ length: 20 }, (_, index) => `wrong-password-${index}`).concat('kim-password-2026');
    const results = await Promise.allSettled(guesses.map((password) => shop.login({ password })));
    const codes = results.map((result) => (result.status === 'rejected' ? (result.reason as { code: string }).code : 'OK'));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(Array(16).fill('RATE_LIMITED'));
    expect(lookups).toHaveBeenCalledTimes(5);
  });

  it('follows configured limits', async () => {
    const shop = await createAuthShop({ auth: { loginThrottle: { ...defaultLoginThrottle, freeFailures: 2, firstDelayMs: minute } } });
    await failLogins(shop, 2, () => ({ password: 'wrong-password' }));
    expect((await shopErrorOfAsync(() => shop.login())).retryAfterSeconds).toBe(60);
  });
});

describe('login rate limit per client address (100 failures in 15 minutes)', () => {
  it('refuses every account from that address once reached, without hashing', async () => {
    const shop = await createAuthShop();
    await failLogins(shop, 100, (index) => ({ email: `guess${index}@example.com`, clientAddress: '203.0.113.7' }));
    const lookups = vi.spyOn(shop.store, 'findCustomerByEmail');
    const limited = await shopErrorOfAsync(() => shop.login({ clientAddress: '203.0.113.7' }));
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.retryAfterSeconds).toBe(15 * 60);
    expect(lookups).not.toHaveBeenCalled();
  });

  it('leaves other addresses alone and lifts after the window', async () => {
    const shop = await createAuthShop();
    await failLogins(shop, 100, (index) => ({ email: `guess${index}@example.com`, clientAddress: '203.0.113.7' }));
    expect((await shop.login({ clientAddress: '203.0.113.8' })).customer.email).toBe('kim@example.com');
    shop.clock.advance(15 * minute);
    expect((await shop.login({ clientAddress: '203.0.113.7' })).customer.email).toBe('kim@example.com');
  });

  it('is not reset by a successful login', async () => {
    const shop = await createAuthShop();
    await failLogins(shop, 99, (index) => ({ email: `guess${index}@example.com`, clientAddress: '203.0.113.7' }));
    await shop.login({ clientAddress: '203.0.113.7' });
    await failLogins(shop, 1, () => ({ email: 'guess-last@example.com', clientAddress: '203.0.113.7' }));
    expect((await shopErrorOfAsync(() => shop.login({ clientAddress: '203.0.113.7' }))).code).toBe('RATE_LIMITED');
  });
});
