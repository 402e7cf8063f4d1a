import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import { anonymous } from '../domain/actor.js';
import type { Customer } from '../domain/entities.js';
import { ShopError } from '../domain/errors.js';
import type { Store } from '../store/store-types.js';
import { requireSignedIn } from './authorization.js';
import type { Clock } from './clock.js';
import { createCredentialCache } from './credential-cache.js';
import { createHashQueue, type HashQueue } from './hash-queue.js';
import { loginInput } from './input-schemas.js';
import { createNonceGuard } from './nonce-guard.js';
import { hashPassword, verifyPassword, type ScryptCost } from './passwords.js';
import { createLoginThrottle, defaultLoginThrottle, type LoginThrottleOptions } from './login-throttle.js';
import { createRateLimiter, type RateLimit } from './rate-limiter.js';
import { validate } from './validate.js';

export interface AuthOptions {
  /** A session unused this long is over. */
  idleTimeoutMs: number;
  /** A session is over this long after login, however busy. */
  absoluteTimeoutMs: number;
  /** Failed logins allowed per account, and per client address, in a window. */
  /** Failed logins per (account, address): waits that grow, never a lock on the account for everyone. */
  loginThrottle: LoginThrottleOptions;
  /** Failed logins per client address, whatever the account (a guesser spraying accounts). */
  loginFailuresPerAddress: RateLimit;
  /** How far a WS-Security UsernameToken's Created may be from now; its Nonce is remembered this long. */
  timestampWindowMs: number;
  /** How long a verified UsernameToken password is trusted without hashing it again. */
  credentialCacheMs: number;
}

export const defaultAuthOptions: AuthOptions = {
  idleTimeoutMs: 30 * 60_000,
  absoluteTimeoutMs: 12 * 3_600_000,
  loginThrottle: defaultLoginThrottle,
  // A classroom behind one NAT shares an address: room for 30 learners' typos.
  loginFailuresPerAddress: { limit: 100, windowMs: 15 * 60_000 },
  timestampWindowMs: 5 * 60_000,
  credentialCacheMs: 5 * 60_000,
};

export interface LoginResult {
  /** Opaque bearer token; also the session cookie's value. Only its hash is stored. */
  token: string;
  customer: Customer;
  expiresAt: string;
  /**
   * When the session ends however busy it is (the absolute timeout): the cookie lives this
   * long, since the idle deadline moves with every use and only the server can track it.
   */
  sessionEndsAt: string;
}

export interface PasswordAttempt {
  email: string;
  password: string;
  /** Where the attempt came from, for the per-address limit. */
  clientAddress: string;
}

/** A WS-Security UsernameToken's optional freshness fields (the OASIS profile). */
export interface TokenFreshness {
  /** wsu:Created, an xsd:dateTime. */
  created?: string;
  /** wsse:Nonce as sent (its encoded text). */
  nonce?: string;
}

const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');
const invalidCredentials = () => new ShopError('UNAUTHENTICATED', 'Email or password is wrong.');
const sessionOver = () => new ShopError('UNAUTHENTICATED', 'Your session has expired or was logged out; log in again.');

export function createAuthService(store: Store, clock: Clock, options: AuthOptions, scryptCost?: ScryptCost, hashQueue: HashQueue = createHashQueue()) {
  const throttle = createLoginThrottle(clock, options.loginThrottle);
  const perAddress = createRateLimiter(clock, options.loginFailuresPerAddress);
  const verified = createCredentialCache(clock, { ttlMs: options.credentialCacheMs, maxEntries: 10_000 });
  const nonces = createNonceGuard(clock, { windowMs: options.timestampWindowMs, maxNonces: 50_000 });
  // Identical UsernameTokens in flight share one check: concurrent correct calls cost one hash
  // and count as at most one (returned) attempt, never as failures.
  const checking = new Map<string, Promise<Customer>>();
  // Unknown emails are checked against this hash, so they take as long as a wrong password.
  // Made on first need: building services (each test, each planned sandbox) must not cost a hash.
  let dummyHash: Promise<string> | undefined;
  const getDummyHash = (): Promise<string> =>
    (dummyHash ??= hashQueue(() => hashPassword(randomBytes(16).toString('hex'), scryptCost)).catch((error: unknown) => {
      dummyHash = undefined;
      throw error;
    }));

  /** Checks a password, limits checked before any hashing work; the same error for every failure. */
  async function checkPassword(attempt: PasswordAttempt): Promise<Customer> {
    const { email, password } = validate(loginInput, { email: attempt.email, password: attempt.password });
    const accountKey = email.toLowerCase();
    perAddress.check(attempt.clientAddress, 'failed logins from your address');
    throttle.check(accountKey, attempt.clientAddress);
    // Counted before the slow hash, not after it: otherwise any number of parallel guesses pass
    // the checks above while the first ones are still hashing. A success gives its count back.
    perAddress.hit(attempt.clientAddress, 'failed logins from your address');
    throttle.fail(accountKey, attempt.clientAddress);
    const record = store.findCustomerByEmail(email);
    let ok: boolean;
    try {
      const stored = record?.passwordHash ?? (await getDummyHash());
      ok = await hashQueue(() => verifyPassword(password, stored));
    } catch (error) {
      // Refused by the hash queue (busy): not a failed guess.
      perAddress.release(attempt.clientAddress);
      throttle.release(accountKey, attempt.clientAddress);
      throw error;
    }
    if (!record || !ok) throw invalidCredentials();
    throttle.succeed(accountKey, attempt.clientAddress);
    perAddress.release(attempt.clientAddress);
    const { passwordHash: _hidden, ...customer } = record;
    return customer;
  }

  /** checkPassword through the verified-credentials cache, one check per identical attempt in flight. */
  async function checkCached(attempt: PasswordAttempt): Promise<Customer> {
    const key = verified.keyOf(String(attempt.email), String(attempt.password));
    const record = typeof attempt.email === 'string' && attempt.email.length <= 254 ? store.findCustomerByEmail(attempt.email) : undefined;
    // The limits still apply: while an account is locked, even a cached password is not let through.
    perAddress.check(attempt.clientAddress, 'failed logins from your address');
    throttle.check(String(attempt.email).toLowerCase(), attempt.clientAddress);
    const customerId = record ? verified.get(key, record.passwordHash) : undefined;
    if (record && customerId === record.id) {
      const { passwordHash: _hidden, ...customer } = record;
      return customer;
    }
    const pending = checking.get(key) ?? checkPassword(attempt).finally(() => checking.delete(key));
    checking.set(key, pending);
    const customer = await pending;
    if (record) verified.set(key, customer.id, record.passwordHash);
    return customer;
  }

  const expiresAt = (createdAt: number, lastSeenAt: number): number =>
    Math.min(createdAt + options.absoluteTimeoutMs, lastSeenAt + options.idleTimeoutMs);

  return {
    /** Logs in: a new session (new id every time, never reused) and its bearer token. */
    async login(attempt: PasswordAttempt): Promise<LoginResult> {
      const customer = await checkPassword(attempt);
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      store.insertSession({
        id: sessionIdOf(token),
        customerId: customer.id,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
      });
      return {
        token,
        customer,
        expiresAt: new Date(expiresAt(now.getTime(), now.getTime())).toISOString(),
        sessionEndsAt: new Date(now.getTime() + options.absoluteTimeoutMs).toISOString(),
      };
    },

    /** Ends the actor's session everywhere: the token and the cookie stop working at once. */
    logout(actor: Actor): void {
      const signedIn = requireSignedIn(actor);
      if (signedIn.sessionId) store.deleteSession(signedIn.sessionId);
      verified.forget(signedIn.customerId);
    },

    /** Who a bearer token (or session cookie) belongs to; UNAUTHENTICATED if it is not valid now. */
    authenticateToken(token: string): Actor {
      const session = token.length <= 200 ? store.getSession(sessionIdOf(token)) : undefined;
      if (!session) throw sessionOver();
      const now = clock.now().getTime();
      if (now >= expiresAt(Date.parse(session.createdAt), Date.parse(session.lastSeenAt))) {
        store.deleteSession(session.id);
        throw sessionOver();
      }
      const customer = store.getCustomersByIds([session.customerId])[0];
      if (!customer) throw sessionOver();
      store.touchSession(session.id, new Date(now).toISOString());
      return { kind: 'customer', customerId: customer.id, role: customer.role, sessionId: session.id };
    },

    /**
     * Per-request password authentication (SOAP's WS-Security UsernameToken): no session is
     * made. A stale Created or a replayed Nonce is refused first; a password verified in the
     * last minutes is recognised without hashing it again.
     */
    async authenticatePassword(attempt: PasswordAttempt & TokenFreshness): Promise<Actor> {
      nonces.checkCreated(attempt.created);
      const releaseNonce = nonces.claim(attempt.nonce);
      try {
        const customer = await checkCached(attempt);
        return { kind: 'customer', customerId: customer.id, role: customer.role };
      } catch (error) {
        releaseNonce();
        throw error;
      }
    },

    /** Forgets the account's cached UsernameToken credentials; call it when its password changes. */
    forgetCredentials(customerId: number): void {
      verified.forget(customerId);
    },

    anonymous: (): Actor => anonymous,

    /** Drops sessions past either timeout; main runs it now and then. */
    purgeExpiredSessions(): number {
      const now = clock.now().getTime();
      return store.deleteSessionsBefore(
        new Date(now - options.absoluteTimeoutMs).toISOString(),
        new Date(now - options.idleTimeoutMs).toISOString(),
      );
    },
  };
}
