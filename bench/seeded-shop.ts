import type { Actor } from '../src/domain/actor.js';
import { createServices, type ServiceOptions } from '../src/services/create-services.js';
import { createStore } from '../src/store/create-store.js';
import { openDatabase } from '../src/store/open-database.js';
import { seedDatabase } from '../src/store/seed.js';

/** The write budget lifted: the order workload places thousands of orders a second as one customer. */
export const benchServiceOptions: ServiceOptions = { writeLimit: { limit: 1e9, windowMs: 60_000 } };

export const benchAdmin: Actor = { kind: 'customer', customerId: 21, role: 'admin' };
export const benchCustomer: Actor = { kind: 'customer', customerId: 1, role: 'customer' };

/** The same seeded shop our server starts with, for peers and exports that serve it their own way. */
export function createSeededShop(options: ServiceOptions = benchServiceOptions) {
  const db = openDatabase(':memory:');
  seedDatabase(db);
  const services = createServices(createStore(db), options);
  return { services, close: () => db.close() };
}

export type SeededShop = ReturnType<typeof createSeededShop>;
