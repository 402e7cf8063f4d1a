import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { isStreamed, peekResponse, recordedBody, recordedHeaders, watchRequestBody, type BodySeen } from './capture-body.js';
import type { Exchange, Protocol } from './exchange.js';
import { graphqlRequestOperation, protocolOf, restOperation, soapOperation } from './operation-name.js';
import { redactPathAndQuery } from './redact.js';
import { securityHeaders } from '../http/base-headers.js';

export interface RecordingOptions {
  /** RECORDING=off: the middleware passes every request straight on (the benchmark runs so). */
  enabled: boolean;
}

/** What the request log shows of a recorded exchange. */
export interface ExchangeSummary {
  protocol: Protocol;
  operation: string;
}

const summaries = new WeakMap<Context, ExchangeSummary>();

/** The protocol and operation of this request, when it was recorded. */
export const exchangeSummaryOf = (c: Context): ExchangeSummary | undefined => summaries.get(c);

/** The path and query exactly as the client sent them (a sandbox's /s/{id} prefix included). */
export function rawPathAndQuery(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  return start === -1 ? '/' : url.slice(start);
}

const bodyText = (seen: BodySeen | undefined): string =>
  seen?.text ?? (seen?.bytes ? new TextDecoder().decode(seen.bytes.subarray(0, 64 * 1024)) : '');

function operationOf(c: Context, protocol: Protocol, requestBody: string, contentType: string): string {
  if (protocol === 'rest') return restOperation(c);
  const url = c.req.url;
  const mark = url.indexOf('?');
  if (protocol === 'soap') return soapOperation(c.req.method, requestBody, mark === -1 ? '' : url.slice(mark));
  return graphqlRequestOperation(requestBody, contentType, mark === -1 ? undefined : new URLSearchParams(url.slice(mark + 1)));
}

/**
 * Records every exchange of /rest, /graphql and /soap in the request's shop: head and body of
 * both sides as they went over the wire (bodies capped, secrets masked), operation, status,
 * duration and bytes. Mounted inside compression, so recorded answers are readable; an event
 * stream is recorded by its head alone, as soon as it starts.
 */
export function recordExchanges({ enabled }: RecordingOptions): MiddlewareHandler<AppEnv> {
  if (!enabled) return (_c, next) => next();
  return async (c, next) => {
    const protocol = protocolOf(c.req.path);
    const shop = c.get('shop') as AppEnv['Variables']['shop'] | undefined;
    if (protocol === undefined || shop === undefined) return next();
    // GraphiQL's page (a browser opening /graphql) is the console, not an exchange of the API:
    // ~2 MB that would be read into memory only to keep its first 64 KiB.
    if (protocol === 'graphql' && c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html')) return next();
    const started = performance.now();
    const at = new Date().toISOString();
    const seen = watchRequestBody(c);
    await next();

    const requestHeaders = recordedHeaders(c.req.raw.headers);
    const requestText = bodyText(seen);
    const declared = Number(requestHeaders['content-length'] ?? 0);
    const request = { headers: requestHeaders, ...recordedBody(requestHeaders, seen?.text ?? seen?.bytes, declared) };

    let res = c.res;
    const peeked = peekResponse(res);
    const responseHeaders = peeked?.headers ?? recordedHeaders(res.headers);
    let responseBody: string | Uint8Array<ArrayBuffer> | undefined = peeked?.body as string | Uint8Array<ArrayBuffer> | undefined;
    if (!peeked && res.body !== null && !isStreamed(responseHeaders['content-type'] ?? '')) {
      const bytes = new Uint8Array(await res.arrayBuffer());
      responseBody = bytes;
      // The body was read: the client gets the same bytes in a new Response (cleared first, so Hono copies no stale header).
      c.res = undefined;
      c.res = res = new Response(bytes, { status: res.status, statusText: res.statusText, headers: res.headers });
    }
    // Sent with every answer by the server itself (base-headers.ts, Node), not part of the Response.
    responseHeaders['x-request-id'] ??= c.get('requestId');
    for (const name in securityHeaders) responseHeaders[name] ??= securityHeaders[name] as string;
    if (responseBody !== undefined && responseHeaders['transfer-encoding'] === undefined) responseHeaders['content-length'] ??= String(typeof responseBody === 'string' ? Buffer.byteLength(responseBody) : responseBody.byteLength);
    const operation = operationOf(c, protocol, requestText, requestHeaders['content-type'] ?? '');
    summaries.set(c, { protocol, operation });
    const exchange: Omit<Exchange, 'id'> = {
      at,
      protocol,
      operation,
      method: c.req.method,
      path: redactPathAndQuery(rawPathAndQuery(c.req.url)),
      status: res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      requestId: c.get('requestId'),
      request,
      response: { headers: responseHeaders, ...recordedBody(responseHeaders, responseBody) },
    };
    shop.recorder.record(exchange);
  };
}
