import type Database from 'better-sqlite3';
import type { ServiceOptions } from '../../src/services/create-services.js';
import { createServices } from '../../src/services/create-services.js';
import { hashPassword, type ScryptCost } from '../../src/services/passwords.js';
import { createStore } from '../../src/store/create-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { seedDatabase } from '../../src/store/seed.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { createGql } from './graphql-requests.js';
import { createTestApp, type TestAppOptions } from './test-app.js';

/** scrypt cheap enough for tests: they are about behaviour, and the server's cost makes every login ~0.3 s on 2 cores. */
export const cheapScrypt: ScryptCost = { N: 1024, r: 8, p: 1 };

/**
 * The accounts tests log in as. Every seeded customer shares the demo customer's password;
 * Grace (id 2) is the "other customer" whose orders Ada must not see.
 */
export const testLogins = {
  customer: { email: demoAccounts.customer.email, password: demoAccounts.customer.password },
  otherCustomer: { email: 'grace@example.com', password: demoAccounts.customer.password },
  admin: { email: demoAccounts.admin.email, password: demoAccounts.admin.password },
} as const;
export type TestRole = keyof typeof testLogins;

/** Seeded ids: 1 is Ada (customer), 2 is Grace (customer), 21 is the admin. */
export const seeded = { ada: 1, grace: 2, admin: 21 } as const;

// Hashed once per test file, at the cheap cost: seeding stays synchronous and costs no hash.
const cheapHashes = {
  customer: await hashPassword(demoAccounts.customer.password, cheapScrypt),
  admin: await hashPassword(demoAccounts.admin.password, cheapScrypt),
};

/**
 * Seeds an empty database and stores the demo passwords at the cheap cost. Every account that
 * shared a demo account's hash keeps sharing its password, so logins behave as on the server.
 */
export function seedCheaply(db: Database.Database): void {
  seedDatabase(db);
  const rehash = db.prepare('UPDATE customers SET password_hash = ? WHERE password_hash = (SELECT password_hash FROM customers WHERE email = ?)');
  db.transaction(() => {
    rehash.run(cheapHashes.customer, demoAccounts.customer.email);
    rehash.run(cheapHashes.admin, demoAccounts.admin.email);
  })();
}

export interface TestKitOptions extends ServiceOptions, TestAppOptions {
  /** Called with the SQL of every statement (N+1 checks). */
  onQuery?: (sql: string) => void;
}

/**
 * A fresh seeded shop on its own in-memory database with the whole app in front of it, for any
 * protocol: `request` (and `gql`) go through the app in-process, `tokenFor` logs in through the
 * real auth service. Passwords hash at the cheap cost.
 */
export function createTestKit(options: TestKitOptions = {}) {
  const { logger, trustProxy, onQuery, ...serviceOptions } = options;
  const db = openDatabase(':memory:', { onQuery });
  seedCheaply(db);
  const store = createStore(db);
  const services = createServices(store, { scryptCost: cheapScrypt, ...serviceOptions });
  const app = createTestApp(services, { logger, trustProxy });

  /** A bearer token for one of the test accounts: a real login, a real session. */
  const tokenFor = async (role: TestRole): Promise<string> =>
    (await services.auth.login({ ...testLogins[role], clientAddress: '192.0.2.10' })).token;

  const request = async (path: string, init?: RequestInit): Promise<Response> => app.request(path, init);
  return { db, store, services, app, request, gql: createGql(app), tokenFor };
}

export type TestKit = ReturnType<typeof createTestKit>;
