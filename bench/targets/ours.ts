import { startServer } from '../../src/server.js';
import { benchServiceOptions } from '../seeded-shop.js';
import { announcePort } from './announce-port.js';

/** Our server exactly as it runs, on a fresh seeded in-memory database, write budget lifted. */
const server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:', services: benchServiceOptions, recording: false });
announcePort(server.port, () => server.close());
