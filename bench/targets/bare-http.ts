import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { announcePort } from './announce-port.js';

/** The start-time yardstick: bare node:http answering one fixed body, nothing loaded or opened. */
const body = JSON.stringify({ ok: true });
const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
});
server.listen(0, '127.0.0.1', () => {
  announcePort((server.address() as AddressInfo).port, () => new Promise<void>((resolve) => server.close(() => resolve())));
});
