import type { Context } from 'hono';
import type { Actor } from '../../domain/actor.js';
import { isShopError } from '../../domain/errors.js';
import type { AppDeps, AppEnv } from '../../http/app-env.js';
import { clientAddress } from '../../http/client-address.js';
import { resolveActor } from '../../http/resolve-actor.js';
import type { Services } from '../../services/create-services.js';
import { validate } from '../../services/validate.js';
import { shopOf } from '../../shops/shop-routing.js';
import { envelope, renderFault, toShopError } from './fault-table.js';
import { soapOperationsByName, type SoapOperation } from './operations.js';
import { readEnvelope, type SoapEnvelope } from './read-envelope.js';
import { checkXmlSafety, decodeUtf8 } from './safe-xml.js';
import { soapCaller } from './soap-caller.js';
import { SoapRequestError } from './soap-errors.js';
import { shopNamespace, soapActionOf, type RequestKind } from './soap-versions.js';
import { readSecurityHeader } from './ws-security.js';
import { writeElement } from './xml-shapes.js';

const shorten = (text: string): string => (text.length > 100 ? `${text.slice(0, 100)}…` : text);

/** The operation the body element names, which must also be the one the SOAPAction names. */
function findOperation(name: string, action: string | undefined): SoapOperation {
  const operation = soapOperationsByName.get(name);
  if (!operation) {
    throw new SoapRequestError(`Unknown operation ${shorten(name)}; GET /soap lists the operations.`, {
      fields: [{ path: 'Body', message: `No operation is called ${shorten(name)}.` }],
    });
  }
  if (action !== undefined && action !== soapActionOf(name)) {
    const message = `The SOAPAction "${shorten(action)}" does not match the body element ${name}; expected "${soapActionOf(name)}".`;
    throw new SoapRequestError(message, { fields: [{ path: 'SOAPAction', message }] });
  }
  return operation;
}

/**
 * POST /soap: safe-XML checks → parse → find the operation → who is calling → validate the
 * arguments → ONE service call → the response element. Every failure becomes a fault in the
 * request's SOAP version; unexpected ones are logged with the request id and masked.
 */
export function createSoapPostHandler({ logger, trustProxy, trustProxyHops }: AppDeps) {
  /** The request's credentials, for the one SOAP caller step: the UsernameToken, else the bearer token (or cookie). */
  const caller = (c: Context<AppEnv>, services: Services, request: SoapEnvelope, operation: SoapOperation): Actor | Promise<Actor> =>
    soapCaller(services, operation, {
      // Read even for public operations: an unknown mustUnderstand header block is a fault for every operation.
      usernameToken: readSecurityHeader(request.header, request.version),
      httpActor: () => resolveActor(c, services, trustProxy),
      clientAddress: () => clientAddress(c, trustProxy, trustProxyHops),
    });

  return async (c: Context<AppEnv>, kind: RequestKind): Promise<Response> => {
    let operationName: string | undefined;
    try {
      const { services } = shopOf(c);
      const text = decodeUtf8(await c.req.arrayBuffer());
      checkXmlSafety(text);
      const request = readEnvelope(text, kind.version);
      const operation = findOperation(request.operation, kind.action);
      operationName = operation.name;
      const who = caller(c, services, request, operation);
      const actor = who instanceof Promise ? await who : who;
      const args = validate(operation.input, request.args);
      // A getter: only Login needs the address, and looking it up is not free.
      const context = { get clientAddress() { return clientAddress(c, trustProxy, trustProxyHops); } };
      const ran = operation.run(services, actor, args, context);
      const result: unknown = ran instanceof Promise ? await ran : ran;
      const body = writeElement(`${operation.name}Response`, shopNamespace, operation.output, result);
      return c.body(envelope(kind.version, body), 200, { 'content-type': kind.version.contentType });
    } catch (error) {
      if (!isShopError(error)) {
        logger.error('soap request failed', {
          requestId: c.get('requestId'),
          operation: operationName,
          error: String(error),
          stack: error instanceof Error ? error.stack : undefined,
        });
      }
      const fault = renderFault(toShopError(error), kind.version);
      return c.body(fault.body, fault.status as 500, fault.headers);
    }
  };
}
