import type { IncomingMessage } from 'node:http';
import { anonymous, type Actor } from '../../domain/actor.js';
import { isShopError } from '../../domain/errors.js';
import { bearerToken } from '../../http/resolve-actor.js';
import type { Logger } from '../../logger.js';
import { requireAdmin, requireSignedIn } from '../../services/authorization.js';
import type { Services } from '../../services/create-services.js';
import { validate } from '../../services/validate.js';
import { faultTable, toShopError } from './fault-table.js';
import { soapOperations, type SoapOperation } from './operations.js';
import { inShapeOrder } from './xml-shapes.js';

type NodeSoapHeaders = { Security?: { UsernameToken?: { Username?: unknown; Password?: unknown } } } | undefined;
type NodeSoapMethod = (args: unknown, callback: unknown, headers: NodeSoapHeaders, req: IncomingMessage) => Promise<unknown>;

const textOf = (value: unknown): string =>
  typeof value === 'object' && value !== null && '$value' in value ? String(value.$value) : String(value ?? '');

/**
 * The same operation table as a node-soap service object, for `soap.listen(server, '/soap',
 * service, wsdl)`: the benchmark's reference point, and the proof that the table is not tied
 * to this adapter. SOAP 1.1 faults only (node-soap serves one version per listener).
 */
export function createNodeSoapService(services: Services, logger?: Logger) {
  async function caller(operation: SoapOperation, headers: NodeSoapHeaders, req: IncomingMessage): Promise<Actor> {
    if (operation.auth === 'public') return anonymous;
    const token = headers?.Security?.UsernameToken;
    const bearer = bearerToken(req.headers.authorization);
    const actor = token
      ? await services.auth.authenticatePassword({
          email: textOf(token.Username),
          password: textOf(token.Password),
          clientAddress: req.socket.remoteAddress ?? 'unknown',
        })
      : bearer
        ? services.auth.authenticateToken(bearer)
        : anonymous;
    return operation.auth === 'admin' ? requireAdmin(actor) : requireSignedIn(actor);
  }

  const method =
    (operation: SoapOperation): NodeSoapMethod =>
    async (args, _callback, headers, req) => {
      try {
        const actor = await caller(operation, headers, req);
        const input = validate(operation.input, args ?? {});
        const result = await operation.run(services, actor, input, { clientAddress: req.socket.remoteAddress ?? 'unknown' });
        return inShapeOrder(operation.output, result);
      } catch (error) {
        if (!isShopError(error)) logger?.error('node-soap operation failed', { operation: operation.name, error: String(error) });
        const shopError = toShopError(error);
        throw {
          Fault: {
            faultcode: faultTable[shopError.code].fault === 'client' ? 'soap:Client' : 'soap:Server',
            faultstring: shopError.message,
            detail: { ShopFault: { code: shopError.code, message: shopError.message, fields: shopError.fields } },
            statusCode: faultTable[shopError.code].httpStatus,
          },
        };
      }
    };

  const port = Object.fromEntries(soapOperations.map((operation) => [operation.name, method(operation)]));
  return { ShopService: { ShopSoap11Port: port, ShopSoap12Port: port } };
}
