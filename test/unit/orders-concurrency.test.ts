import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { createServices } from '../../src/services/create-services.js';
import { createStore } from '../../src/store/create-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { seedDatabase } from '../../src/store/seed.js';
import type { PlaceOrdersJob } from '../support/place-orders-worker.js';
import { admin } from '../support/shop.js';

const workerFile = new URL('../support/place-orders-worker.ts', import.meta.url).href;
// Workers do not inherit vitest's TypeScript transform: tsx loads the worker's module instead.
const bootstrap = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(workerFile)}, ${JSON.stringify(workerFile)}))`;

function runWorker(job: PlaceOrdersJob): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The worker exited with code ${code} before answering.`)));
  });
}

it('never oversells across separate connections to one database file (WAL, BEGIN IMMEDIATE)', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'shop-race-'));
  try {
    const path = join(folder, 'shop.db');
    const db = openDatabase(path);
    seedDatabase(db);
    const services = createServices(createStore(db));
    services.catalog.updateProduct(admin, 8, { stock: 60 });

    const startLine = new Int32Array(new SharedArrayBuffer(4));
    const jobs = [1, 2, 3].map((customerId) => ({ path, customerId, productId: 8, attempts: 40, startLine, workers: 3 }));
    const outcomes = (await Promise.all(jobs.map(runWorker))).flat();

    expect(outcomes.filter((outcome) => outcome === 'placed')).toHaveLength(60);
    expect(outcomes.filter((outcome) => outcome === 'OUT_OF_STOCK')).toHaveLength(60);
    expect(services.catalog.getProduct(8).stock).toBe(0);
    const sold = db.prepare('SELECT sum(quantity) AS n FROM order_items WHERE product_id = 8 AND order_id > 60').get() as { n: number };
    expect(sold.n).toBe(60);
    db.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
