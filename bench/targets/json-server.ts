import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import jsonServer from 'json-server';
import { jsonServerResetPath } from '../workloads/json-server-dialect.js';
import { announcePort } from './announce-port.js';

/** json-server 0.17 as its CLI sets it up (`json-server --quiet db.json`), plus a reset route for the harness. */
const dbFile = process.argv[2];
if (dbFile === undefined) throw new Error('usage: json-server.ts <db.json>');
const initial = readFileSync(dbFile, 'utf8');

const app = jsonServer.create();
const router = jsonServer.router(dbFile);
app.post(jsonServerResetPath, (_request, response) => {
  router.db.setState(JSON.parse(initial)).write();
  response.status(204).end();
});
app.use(jsonServer.defaults({ logger: false }));
app.use(router);

const server = app.listen(0, '127.0.0.1', () => {
  announcePort((server.address() as AddressInfo).port, () => {
    server.closeAllConnections();
    server.close();
  });
});
