import { openDatabase } from '../../src/store/open-database.js';
import { seedDatabase } from '../../src/store/seed.js';
import { createStore } from '../../src/store/create-store.js';
import { createServices, type ServiceOptions } from '../../src/services/create-services.js';
import type { Actor } from '../../src/domain/actor.js';

/** A fresh seeded shop on its own in-memory database, as every test should have. */
export function createTestShop(options: ServiceOptions = {}) {
  const db = openDatabase(':memory:');
  seedDatabase(db);
  const store = createStore(db);
  const services = createServices(store, options);
  return { db, store, services };
}

/** Seeded actors: customer 1 is the demo customer Ada, 2 is Grace, 21 is the admin. */
export const ada: Actor = { kind: 'customer', customerId: 1, role: 'customer' };
export const grace: Actor = { kind: 'customer', customerId: 2, role: 'customer' };
export const admin: Actor = { kind: 'customer', customerId: 21, role: 'admin' };
export const nobody: Actor = { kind: 'anonymous' };
