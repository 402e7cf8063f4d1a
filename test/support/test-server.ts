import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type ServiceOptions } from '../../src/services/create-services.js';
import { startServer } from '../../src/server.js';
import { createStore } from '../../src/store/create-store.js';
import { openDatabase } from '../../src/store/open-database.js';
import { cheapScrypt, seedCheaply, testLogins, type TestRole } from './test-kit.js';

export interface TestServerOptions {
  services?: ServiceOptions;
  trustProxy?: boolean;
}

/**
 * The real server (`startServer`, port 0) on a fresh seeded database whose demo passwords are
 * hashed cheaply. The database is a file, so the test holds its own connection to it: `services`
 * read and write the same shop the server answers from, and `tokenFor` logs in through them.
 */
export async function startTestServer(options: TestServerOptions = {}) {
  const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'shop-test-'));
  const databasePath = join(dir, 'shop.db');
  const db = openDatabase(databasePath);
  seedCheaply(db);
  const serviceOptions: ServiceOptions = { scryptCost: cheapScrypt, ...options.services };
  const services = createServices(createStore(db), serviceOptions);
  const server = await startServer({ port: 0, host: '127.0.0.1', databasePath, trustProxy: options.trustProxy, services: serviceOptions });

  const tokenFor = async (role: TestRole): Promise<string> =>
    (await services.auth.login({ ...testLogins[role], clientAddress: '192.0.2.10' })).token;

  return {
    url: server.url,
    port: server.port,
    db,
    services,
    tokenFor,
    async close(): Promise<void> {
      await server.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
