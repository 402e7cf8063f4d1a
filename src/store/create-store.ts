import type Database from 'better-sqlite3';
import { createCatalogStore } from './catalog-store.js';
import { createCustomerStore } from './customer-store.js';
import { createOrderStore } from './order-store.js';
import { withLazyStatements } from './lazy-statements.js';
import { createSessionStore } from './session-store.js';
import type { Store } from './store-types.js';

/** One store per database: nothing is module-global, so each sandbox or test gets its own. */
export function createStore(db: Database.Database): Store {
  const statements = withLazyStatements(db);
  const ping = statements.prepare('SELECT 1 AS ok');
  return {
    ...createCatalogStore(statements),
    ...createCustomerStore(statements),
    ...createOrderStore(statements),
    ...createSessionStore(statements),
    // BEGIN IMMEDIATE takes the write lock up front, so a read-then-write (stock) cannot race.
    transaction: (work) => db.transaction(work).immediate(),
    ping: () => (ping.get() as { ok: number } | undefined)?.ok === 1,
  };
}
