import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import soap from 'soap';
import { anonymous, type Actor } from '../../src/domain/actor.js';
import { requireAdmin, requireSignedIn } from '../../src/services/authorization.js';
import { validate } from '../../src/services/validate.js';
import { faultTable, toShopError } from '../../src/protocols/soap/fault-table.js';
import { soapOperations, type SoapOperation } from '../../src/protocols/soap/operations.js';
import { wsdlPath } from '../../src/protocols/soap/wsdl-document.js';
import { createSeededShop } from '../seeded-shop.js';
import { announcePort } from './announce-port.js';
import { actorFromAuthorization } from './peer-actor.js';

/**
 * node-soap's own server (`soap.listen`) on our WSDL, running our operation table: node-soap
 * parses the envelope and writes the response; our table checks the arguments and calls the service.
 */
const shop = createSeededShop();
const services = shop.services;

function caller(operation: SoapOperation, request: IncomingMessage): Actor {
  if (operation.auth === 'public') return anonymous;
  const actor = actorFromAuthorization(request.headers.authorization, services);
  if (operation.auth === 'admin') requireAdmin(actor);
  else requireSignedIn(actor);
  return actor;
}

type Method = (args: unknown, callback: unknown, headers: unknown, request: IncomingMessage) => unknown;

const methods: Record<string, Method> = Object.fromEntries(
  soapOperations.map((operation) => [
    operation.name,
    (args: unknown, _callback: unknown, _headers: unknown, request: IncomingMessage) => {
      try {
        const actor = caller(operation, request);
        const result = operation.run(services, actor, validate(operation.input, args ?? {}), { clientAddress: request.socket.remoteAddress ?? 'unknown' });
        return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(fault(error))) : result;
      } catch (error) {
        return Promise.reject(fault(error));
      }
    },
  ]),
);

/** node-soap's fault object: faultcode Client/Server and the shop's code, as our adapter maps them. */
function fault(error: unknown) {
  const shopError = toShopError(error);
  const { fault: side, httpStatus } = faultTable[shopError.code];
  return {
    Fault: {
      faultcode: side === 'client' ? 'soap:Client' : 'soap:Server',
      faultstring: shopError.message,
      detail: { ShopFault: { code: shopError.code, message: shopError.message } },
      statusCode: httpStatus,
    },
  };
}

const server = createServer();
// node-soap parses the WSDL asynchronously: only announce the port once it is ready.
await new Promise<void>((resolve, reject) => {
  const soapServices = { ShopService: { ShopSoap11Port: methods, ShopSoap12Port: methods } };
  soap.listen(server, '/soap', soapServices, readFileSync(wsdlPath, 'utf8'), (error: unknown) => (error ? reject(error as Error) : resolve()));
});
server.listen(0, '127.0.0.1', () => {
  announcePort((server.address() as AddressInfo).port, () => {
    server.closeAllConnections();
    server.close();
    shop.close();
  });
});
