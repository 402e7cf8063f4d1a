import { createHmac, randomBytes } from 'node:crypto';
import type { Clock } from './clock.js';

interface Verified {
  customerId: number;
  /** The stored hash the password was checked against: a changed password misses the cache. */
  passwordHash: string;
  expiresAt: number;
}

export interface CredentialCacheOptions {
  ttlMs: number;
  maxEntries: number;
}

export const defaultCredentialCacheOptions: CredentialCacheOptions = { ttlMs: 5 * 60_000, maxEntries: 10_000 };

/**
 * Credentials verified recently, so that a UsernameToken sent with every SOAP call does not
 * cost a full password hash every time. Keyed by an HMAC of email and password under a key
 * made for this cache alone: neither the password nor an offline-guessable hash of it is kept.
 */
export function createCredentialCache(clock: Clock, { ttlMs, maxEntries }: CredentialCacheOptions = defaultCredentialCacheOptions) {
  const secret = randomBytes(32);
  const entries = new Map<string, Verified>();

  return {
    keyOf: (email: string, password: string): string =>
      createHmac('sha256', secret).update(email.toLowerCase()).update('\0').update(password).digest('base64url'),

    /** The customer these credentials were verified for, if recently and the stored hash is unchanged. */
    get(key: string, currentHash: string | undefined): number | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= clock.now().getTime() || entry.passwordHash !== currentHash) {
        entries.delete(key);
        return undefined;
      }
      return entry.customerId;
    },

    set(key: string, customerId: number, passwordHash: string): void {
      // Oldest first out: a Map iterates in insertion order.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { customerId, passwordHash, expiresAt: clock.now().getTime() + ttlMs });
    },

    /** Forgets every cached credential of one account (logout, password change). */
    forget(customerId: number): void {
      for (const [key, entry] of entries) if (entry.customerId === customerId) entries.delete(key);
    },
  };
}

export type CredentialCache = ReturnType<typeof createCredentialCache>;
