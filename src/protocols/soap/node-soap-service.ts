import type { IncomingMessage } from 'node:http';
import type { Actor } from '../../domain/actor.js';
import { isShopError } from '../../domain/errors.js';
import { actorFromAuthorization } from '../../http/resolve-actor.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services/create-services.js';
import { validate } from '../../services/validate.js';
import { faultTable, toShopError } from './fault-table.js';
import { soapOperations, type SoapOperation } from './operations.js';
import { soapCaller } from './soap-caller.js';
import type { UsernameToken } from './ws-security.js';
import { inShapeOrder } from './xml-shapes.js';

type NodeSoapToken = { Username?: unknown; Password?: unknown; Nonce?: unknown; Created?: unknown };
type NodeSoapHeaders = { Security?: { UsernameToken?: NodeSoapToken } } | undefined;
type NodeSoapMethod = (args: unknown, callback: unknown, headers: NodeSoapHeaders, req: IncomingMessage) => unknown;

const textOf = (value: unknown): string =>
  typeof value === 'object' && value !== null && '$value' in value ? String(value.$value) : String(value ?? '');

/** The UsernameToken as node-soap hands over the parsed header (prefixes gone, text or `$value`). */
function usernameTokenOf(headers: NodeSoapHeaders): UsernameToken | undefined {
  const token = headers?.Security?.UsernameToken;
  if (!token) return undefined;
  return {
    username: textOf(token.Username),
    password: textOf(token.Password),
    nonce: token.Nonce === undefined ? undefined : textOf(token.Nonce),
    created: token.Created === undefined ? undefined : textOf(token.Created),
  };
}

/** node-soap's fault object: Client/Server and the ShopFault detail, as this adapter's fault table maps them. */
function nodeSoapFault(error: unknown) {
  const shopError = toShopError(error);
  const { fault, httpStatus } = faultTable[shopError.code];
  return {
    Fault: {
      faultcode: fault === 'client' ? 'soap:Client' : 'soap:Server',
      faultstring: shopError.message,
      detail: { ShopFault: { code: shopError.code, message: shopError.message, fields: shopError.fields } },
      statusCode: httpStatus,
    },
  };
}

/**
 * The same operation table as a node-soap service object, for `soap.listen(server, '/soap',
 * service, wsdl)`: the benchmark's node-soap peer, and the proof that the table is not tied
 * to this adapter. SOAP 1.1 faults only (node-soap serves one version per listener). Answers
 * synchronously when nothing is awaited, as node-soap allows.
 */
export function createNodeSoapService(services: Services, logger?: Logger) {
  const failed = (operation: SoapOperation) => (error: unknown) => {
    if (!isShopError(error)) logger?.error('node-soap operation failed', { operation: operation.name, error: String(error) });
    return Promise.reject(nodeSoapFault(error));
  };

  const method =
    (operation: SoapOperation): NodeSoapMethod =>
    (args, _callback, headers, req) => {
      const clientAddress = () => req.socket.remoteAddress ?? 'unknown';
      const run = (actor: Actor): unknown => {
        const result = operation.run(services, actor, validate(operation.input, args ?? {}), { get clientAddress() { return clientAddress(); } });
        return result instanceof Promise ? result.then((value) => inShapeOrder(operation.output, value)) : inShapeOrder(operation.output, result);
      };
      try {
        const who = soapCaller(services, operation, {
          usernameToken: usernameTokenOf(headers),
          httpActor: () => actorFromAuthorization(req.headers.authorization, services),
          clientAddress,
        });
        const answer = who instanceof Promise ? who.then(run) : run(who);
        return answer instanceof Promise ? answer.catch(failed(operation)) : answer;
      } catch (error) {
        return failed(operation)(error);
      }
    };

  const port = Object.fromEntries(soapOperations.map((operation) => [operation.name, method(operation)]));
  return { ShopService: { ShopSoap11Port: port, ShopSoap12Port: port } };
}
