import type { Actor } from '../domain/actor.js';
import type { Customer, Page, Reviewer } from '../domain/entities.js';
import { notFound, ShopError } from '../domain/errors.js';
import type { Store } from '../store/store-types.js';
import { canSee, requireAdmin, requireSignedIn } from './authorization.js';
import { alignByIds } from './catalog-service.js';
import type { Clock } from './clock.js';
import { idInput, pageInput, registerInput } from './input-schemas.js';
import { createHashQueue, type HashQueue } from './hash-queue.js';
import { hashPassword, type ScryptCost } from './passwords.js';
import { createRateLimiter, type RateLimit } from './rate-limiter.js';
import { validate } from './validate.js';

/** Accounts made per client address in a window; a class behind one NAT address still fits. */
export const defaultRegistrationLimit: RateLimit = { limit: 50, windowMs: 15 * 60_000 };

// One error for both checks, so a registration that loses a race also names the field.
const emailTaken = () =>
  new ShopError('CONFLICT', 'An account with this email already exists.', {
    fields: [{ path: 'email', message: 'Already registered.' }],
  });

export interface CustomerServiceOptions {
  scryptCost?: ScryptCost;
  hashQueue?: HashQueue;
  registrationsPerAddress?: RateLimit;
}

export function createCustomerService(store: Store, clock: Clock, options: CustomerServiceOptions = {}) {
  const { scryptCost, hashQueue = createHashQueue() } = options;
  const perAddress = createRateLimiter(clock, options.registrationsPerAddress ?? defaultRegistrationLimit);
  return {
    /** Makes an account; `from.clientAddress` is counted against the per-address registration limit. */
    async register(input: unknown, from: { clientAddress: string } = { clientAddress: 'unknown' }): Promise<Customer> {
      const { email, name, password } = validate(registerInput, input);
      if (store.findCustomerByEmail(email)) throw emailTaken();
      perAddress.hit(from.clientAddress, 'registrations from your address');
      const passwordHash = await hashQueue(() => hashPassword(password, scryptCost)).catch((error: unknown) => {
        perAddress.release(from.clientAddress); // the queue was full: no account was made
        throw error;
      });
      // Checked again after the (slow) hash: a parallel registration may have taken the email.
      return store.transaction(() => {
        if (store.findCustomerByEmail(email)) throw emailTaken();
        return store.insertCustomer({ email, name, role: 'customer', passwordHash }, clock.now().toISOString());
      });
    },

    me(actor: Actor): Customer {
      const { customerId } = requireSignedIn(actor);
      const customer = store.getCustomersByIds([customerId])[0];
      if (!customer) throw new ShopError('UNAUTHENTICATED', 'This account no longer exists.');
      return customer;
    },

    listCustomers(actor: Actor, page: { limit?: number; offset?: number } = {}): Page<Customer> {
      requireAdmin(actor);
      return store.listCustomers(validate(pageInput, { limit: 20, offset: 0, ...page }));
    },

    getCustomer(actor: Actor, id: number): Customer {
      const signedIn = requireSignedIn(actor);
      validate(idInput, id, 'id');
      // Someone else's profile is "not found", not "forbidden": ids must not confirm who exists.
      const customer = canSee(signedIn, id) ? store.getCustomersByIds([id])[0] : undefined;
      if (!customer) throw notFound('Customer', id);
      return customer;
    },

    /** Public author names for reviews: anyone may read them, nothing more is exposed. */
    getReviewersByIds(ids: readonly number[]): (Reviewer | undefined)[] {
      return alignByIds(ids, store.getCustomersByIds(ids)).map((c) => (c ? { id: c.id, name: c.name } : undefined));
    },
  };
}
