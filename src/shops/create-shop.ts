import type Database from 'better-sqlite3';
import { createExchangeRing } from '../recording/exchange-ring.js';
import type { ExchangeRecorder } from '../recording/exchange.js';
import { createFaultSwitches } from '../recording/fault-switches.js';
import { createServices, type ServiceOptions } from '../services/create-services.js';
import { createStore } from '../store/create-store.js';
import type { Shop } from './shop.js';

export interface ShopParts {
  id: string | undefined;
  db: Database.Database;
  services?: ServiceOptions;
  /** Kept across a reset, so the inspector's history survives it. */
  recorder?: ExchangeRecorder;
}

/** A shop on an open database: its own store, services (sessions, counters) and recording. */
export function createShop({ id, db, services, recorder }: ShopParts): Shop {
  return {
    id,
    prefix: id === undefined ? '' : `/s/${id}`,
    services: createServices(createStore(db), services),
    recorder: recorder ?? createExchangeRing(),
    faults: createFaultSwitches(),
  };
}
