import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import soap from 'soap';
import { createNodeSoapService } from '../../src/protocols/soap/node-soap-service.js';
import { wsdlPath } from '../../src/protocols/soap/wsdl-document.js';
import { createSeededShop } from '../seeded-shop.js';
import { announcePort } from './announce-port.js';

/**
 * node-soap's own server (`soap.listen`) on our WSDL, running our operation table through
 * src/protocols/soap/node-soap-service.ts: node-soap parses the envelope and writes the response;
 * our table checks the arguments and calls the service.
 */
const shop = createSeededShop();

const server = createServer();
// node-soap parses the WSDL asynchronously: only announce the port once it is ready.
await new Promise<void>((resolve, reject) => {
  soap.listen(server, '/soap', createNodeSoapService(shop.services), readFileSync(wsdlPath, 'utf8'), (error: unknown) => (error ? reject(error as Error) : resolve()));
});
server.listen(0, '127.0.0.1', () => {
  announcePort((server.address() as AddressInfo).port, () => {
    server.closeAllConnections();
    server.close();
    shop.close();
  });
});
