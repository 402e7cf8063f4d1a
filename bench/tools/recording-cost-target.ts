/** Our server as the benchmark starts it, with recording on or off (`on`/`off` argument): the A/B of recording-cost.ts. */
import { startServer } from '../../src/server.js';
import { benchServiceOptions } from '../seeded-shop.js';
const server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:', services: benchServiceOptions, recording: process.argv[2] === 'on' });
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
