import type { Store } from '../store/store-types.js';
import { createAuthService, defaultAuthOptions, type AuthOptions } from './auth-service.js';
import { createCartService } from './cart-service.js';
import { createCatalogService } from './catalog-service.js';
import { systemClock, type Clock } from './clock.js';
import { createCustomerService } from './customer-service.js';
import { createHashQueue, type HashQueue } from './hash-queue.js';
import { createOrderEvents } from './order-events.js';
import { createOrderService } from './order-service.js';
import type { ScryptCost } from './passwords.js';
import type { RateLimit } from './rate-limiter.js';
import { createWriteGuard } from './write-limit.js';

export interface ServiceOptions {
  clock?: Clock;
  auth?: Partial<AuthOptions>;
  /** Only for tests that hash many passwords; the server always uses the OWASP default. */
  scryptCost?: ScryptCost;
  /** Writes per customer per window (orders, reviews, cart); the benchmark raises it. */
  writeLimit?: RateLimit;
  /** Accounts made per client address per window. */
  registrationsPerAddress?: RateLimit;
  /**
   * Bounds password hashing (registration, login, UsernameToken). Pass one queue to every
   * shop to bound the whole process; by default each shop has its own.
   */
  hashQueue?: HashQueue;
}

/** Every service of one shop, built on one store. Adapters receive this and nothing else. */
export function createServices(store: Store, options: ServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  const events = createOrderEvents();
  const guardWrite = createWriteGuard(clock, options.writeLimit);
  const orders = createOrderService(store, clock, events, guardWrite);
  const hashQueue = options.hashQueue ?? createHashQueue();
  return {
    catalog: createCatalogService(store, clock, guardWrite),
    customers: createCustomerService(store, clock, {
      scryptCost: options.scryptCost,
      hashQueue,
      registrationsPerAddress: options.registrationsPerAddress,
    }),
    auth: createAuthService(store, clock, { ...defaultAuthOptions, ...options.auth }, options.scryptCost, hashQueue),
    orders,
    cart: createCartService(store, orders, guardWrite),
    events,
    health: () => ({ database: store.ping() }),
  };
}

export type Services = ReturnType<typeof createServices>;
