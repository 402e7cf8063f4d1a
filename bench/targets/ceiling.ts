import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { announcePort } from './announce-port.js';
import type { CeilingRoute } from '../ceiling-bodies.js';

/**
 * The ceiling: bare node:http answering each workload's request with the identical body our
 * REST API gave, serialised once at start. No routing library, no database, no validation.
 */
const routesFile = process.argv[2];
if (routesFile === undefined) throw new Error('usage: ceiling.ts <routes.json>');
const routes = new Map(
  (JSON.parse(readFileSync(routesFile, 'utf8')) as CeilingRoute[]).map((route) => [
    `${route.method} ${route.path}`,
    { status: route.status, headers: { 'content-type': route.contentType }, body: Buffer.from(route.body) },
  ]),
);
const notFound = Buffer.from('{"error":"not found"}');

const server = createServer((request, response) => {
  // Drain the request body first, as any real handler of a POST must.
  request.resume();
  request.once('end', () => {
    const route = routes.get(`${request.method} ${request.url}`);
    if (!route) {
      response.writeHead(404, { 'content-type': 'application/json', 'content-length': notFound.length }).end(notFound);
      return;
    }
    response.writeHead(route.status, { ...route.headers, 'content-length': route.body.length }).end(route.body);
  });
});
server.listen(0, '127.0.0.1', () => {
  announcePort((server.address() as AddressInfo).port, () => {
    server.closeAllConnections();
    server.close();
  });
});
