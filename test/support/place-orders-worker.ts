import { parentPort, workerData } from 'node:worker_threads';
import { isShopError } from '../../src/domain/errors.js';
import { createServices } from '../../src/services/create-services.js';
import { createStore } from '../../src/store/create-store.js';
import { openDatabase } from '../../src/store/open-database.js';

/** One competing shop instance: its own connection to a shared database file, buying one item at a time. */
export interface PlaceOrdersJob {
  path: string;
  customerId: number;
  productId: number;
  attempts: number;
  /** Every worker waits here until all are ready, so their orders really overlap. */
  startLine: Int32Array;
  workers: number;
}

const job = workerData as PlaceOrdersJob;
const db = openDatabase(job.path);
const services = createServices(createStore(db));
const actor = { kind: 'customer', customerId: job.customerId, role: 'customer' } as const;

Atomics.add(job.startLine, 0, 1);
const deadline = Date.now() + 10_000;
while (Atomics.load(job.startLine, 0) < job.workers && Date.now() < deadline) {
  Atomics.wait(job.startLine, 0, Atomics.load(job.startLine, 0), 5);
}

const outcomes: string[] = [];
for (let attempt = 0; attempt < job.attempts; attempt += 1) {
  try {
    services.orders.placeOrder(actor, { items: [{ productId: job.productId, quantity: 1 }] });
    outcomes.push('placed');
  } catch (error) {
    outcomes.push(isShopError(error) ? error.code : `unexpected: ${String(error)}`);
  }
}
db.close();
parentPort?.postMessage(outcomes);
