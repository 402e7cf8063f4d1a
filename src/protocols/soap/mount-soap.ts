import type { Context, Hono } from 'hono';
import { maxBodyBytes, type AppDeps, type AppEnv } from '../../http/app-env.js';
import { bodyCap } from '../../http/body-cap.js';
import { ownOrigin } from '../../http/request-origin.js';
import { ShopError } from '../../domain/errors.js';
import { injectFaults } from '../../recording/fault-switches.js';
import { renderDocsPage } from './docs-page.js';
import { renderFault } from './fault-table.js';
import { createSoapPostHandler } from './handle-soap-post.js';
import { soapOperationsByName } from './operations.js';
import { SoapRequestError } from './soap-errors.js';
import { requestKind, soap11, type RequestKind } from './soap-versions.js';
import { loadWsdl } from './wsdl-document.js';
import type { Shop } from '../../shops/shop.js';
import { noSuchSandboxMessage } from '../../shops/shop-routing.js';

const allow = 'GET, HEAD, POST';

function faultReply(c: Context<AppEnv>, kind: RequestKind | undefined, error: SoapRequestError): Response {
  const fault = renderFault(error, kind?.version ?? soap11);
  return c.body(fault.body, fault.status as 500, fault.headers);
}

/** The request's SOAP version and action, or undefined for a Content-Type (or charset) SOAP does not use. */
function kindOf(c: Context<AppEnv>): RequestKind | undefined {
  const contentType = c.req.header('content-type');
  const charset = /;\s*charset="?([^";]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return undefined;
  return requestKind(contentType, c.req.header('soapaction'));
}

/**
 * /soap: GET ?wsdl is the contract (with this server's address), plain GET a page of every
 * operation with sample envelopes, POST the endpoint for SOAP 1.1 and 1.2.
 */
export function mountSoap(app: Hono<AppEnv>, deps: AppDeps): void {
  const wsdl = loadWsdl();
  const handlePost = createSoapPostHandler(deps);

  app.get('/soap', (c) => {
    const query = new URL(c.req.url).search.slice(1).toLowerCase();
    const shop = c.get('shop') as Shop | undefined;
    if (!shop) return faultReply(c, undefined, new SoapRequestError(noSuchSandboxMessage, { httpStatus: 404 }));
    // The sandbox prefix is part of the address: soap:address and every sample point at this shop.
    const origin = `${ownOrigin(c.req.raw, deps.trustProxy)}${shop.prefix}`;
    if (query === 'wsdl') return c.body(wsdl.forOrigin(origin), 200, { 'content-type': 'text/xml; charset=utf-8' });
    return c.html(renderDocsPage(origin, wsdl, soapOperationsByName));
  });

  const tooLarge = (c: Context<AppEnv>) =>
    faultReply(c, kindOf(c), new SoapRequestError(`The message is larger than ${maxBodyBytes} bytes.`, { httpStatus: 413 }));
  const capBody = bodyCap(tooLarge);

  app.use('/soap', injectFaults('soap', (c, f) => {
    const fault = renderFault(new ShopError(f.code, f.message), kindOf(c)?.version ?? soap11);
    return c.body(fault.body, f.status as 500, fault.headers);
  }));

  // One handler (the request's SOAP version is read once, and answers 415 before the cap's 413).
  app.post('/soap', async (c) => {
    const kind = kindOf(c);
    if (!kind) {
      const error = new SoapRequestError('Send SOAP 1.1 as "text/xml; charset=utf-8" or SOAP 1.2 as "application/soap+xml; charset=utf-8".', {
        httpStatus: 415,
        fields: [{ path: 'Content-Type', message: `Unsupported: ${(c.req.header('content-type') ?? 'none').slice(0, 100)}` }],
      });
      return faultReply(c, undefined, error);
    }
    let answer: Response | undefined;
    const refused = await capBody(c, async () => {
      answer = await handlePost(c, kind);
    });
    return refused instanceof Response ? refused : (answer as Response);
  });

  app.all('/soap', (c) => c.body(null, 405, { allow }));
}
