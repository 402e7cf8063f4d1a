import type { ServiceOptions } from '../../src/services/create-services.js';
import { createManualClock } from '../../src/services/clock.js';
import { createTestShop } from './shop.js';

/** The account the auth tests log into: hashed at a cheap scrypt cost, so logins are fast. */
export const kim = { email: 'kim@example.com', name: 'Kim Test', password: 'kim-password-2026' };

/**
 * A fresh shop on a manual clock with one cheaply hashed account (Kim). Logging into the seeded
 * demo accounts costs an OWASP-strength hash each (~0.35 s), so auth tests use Kim instead.
 */
export async function createAuthShop(options: Omit<ServiceOptions, 'clock' | 'scryptCost'> = {}) {
  const clock = createManualClock();
  const shop = createTestShop({ ...options, clock, scryptCost: { N: 1024, r: 8, p: 1 } });
  const customer = await shop.services.customers.register(kim);
  const login = (overrides: { email?: string; password?: string; clientAddress?: string } = {}) =>
    shop.services.auth.login({ email: kim.email, password: kim.password, clientAddress: '192.0.2.1', ...overrides });
  return { ...shop, clock, customer, login };
}
