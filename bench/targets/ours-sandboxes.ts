import { startServer } from '../../src/server.js';
import { benchServiceOptions } from '../seeded-shop.js';
import { announcePort } from './announce-port.js';

/** Our server with room for the sandbox benchmark: 300 sandboxes, created as fast as it likes. */
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  databasePath: ':memory:',
  services: benchServiceOptions,
  sandboxes: { max: 300, createPerHour: 100_000 },
});
announcePort(server.port, () => server.close());
