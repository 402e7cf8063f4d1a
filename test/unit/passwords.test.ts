import { describe, expect, it } from 'vitest';
import { hashPassword, owaspScrypt, verifyPassword } from '../../src/services/passwords.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { demoPasswordHashes } from '../../src/store/seed-data.js';

const cheap = { N: 1024, r: 8, p: 1 };

describe('hashPassword / verifyPassword', () => {
  it('round-trips, and refuses a wrong password', async () => {
    const stored = await hashPassword('correct horse battery', cheap);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('writes the scheme and its parameters into the hash', async () => {
    expect(await hashPassword('pw', cheap)).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  });

  it('defaults to the OWASP-equivalent N=2^14, r=8, p=5 (16 MiB instead of 128 MiB)', () => {
    expect(owaspScrypt).toEqual({ N: 16_384, r: 8, p: 5 });
  });

  it('still verifies a hash made at the former setting N=2^17, r=8, p=1', async () => {
    // The demo customer's hash as seeded before the change.
    const old = 'scrypt$131072$8$1$f-sVFQD0Yz5ow_vGhyQdLQ$rE1HzvYc2j5oboMr6xjG-tpcgb9Zp1B8_WIJmfokfW4';
    expect(await verifyPassword(demoAccounts.customer.password, old)).toBe(true);
  });

  it('verifies the seeded demo hashes at the new setting', async () => {
    expect(demoPasswordHashes.customer).toMatch(/^scrypt\$16384\$8\$5\$/);
    expect(await verifyPassword(demoAccounts.customer.password, demoPasswordHashes.customer)).toBe(true);
    expect(await verifyPassword(demoAccounts.admin.password, demoPasswordHashes.admin)).toBe(true);
  });

  it('salts: the same password hashes differently each time, and both verify', async () => {
    const [first, second] = [await hashPassword('same', cheap), await hashPassword('same', cheap)];
    expect(first).not.toBe(second);
    expect(await verifyPassword('same', first)).toBe(true);
    expect(await verifyPassword('same', second)).toBe(true);
  });

  it('treats Unicode compositions of one password alike (NFKC)', async () => {
    const stored = await hashPassword('caf\u00e9-pass', cheap);
    expect(await verifyPassword('cafe\u0301-pass', stored)).toBe(true);
  });

  it('refuses a hash whose key was cut short', async () => {
    const stored = await hashPassword('pw', cheap);
    expect(await verifyPassword('pw', stored.slice(0, -4))).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['another scheme', 'bcrypt$2b$10$abcdefghijklmnopqrstuv'],
    ['missing parts', 'scrypt$1024$8$1'],
    ['a non-numeric N', 'scrypt$abc$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    ['an N that is not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    ['a zero r', 'scrypt$1024$0$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    ['a huge N (memory bomb)', 'scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    ['N·r past 256 MiB', 'scrypt$1048576$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    ['a huge p (CPU bomb)', 'scrypt$1024$8$100000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    ['p=16 at N=2^17 (8 × the work allowed)', 'scrypt$131072$8$16$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'],
  ])('answers false, never throws, for a malformed stored hash: %s', async (_name, stored) => {
    await expect(verifyPassword('pw', stored)).resolves.toBe(false);
  });
});
