import { randomUUID } from 'node:crypto';
import { ServerResponse, type IncomingMessage, type OutgoingHttpHeader, type OutgoingHttpHeaders } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * What hono/secure-headers sent with our options (no CSP: the consoles run inline scripts;
 * no COEP), less HSTS (below). Lower-case names, so they replace a same-named header of the response.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** HSTS, sent only over HTTPS: browsers ignore it over plain HTTP (RFC 6797 §8.1), where it would only cost bytes. */
export const hsts = { name: 'strict-transport-security', value: 'max-age=15552000; includeSubDomains' } as const;

export const requestIdHeader = 'x-request-id';

/** A caller's own id is kept when it is short and plain (as hono/request-id did); else a UUID. */
const acceptableId = /^[\w\-=]{1,255}$/;

const securityEntries = Object.entries(securityHeaders);
/** Ours replace the response's own (any case); X-Powered-By is dropped, as hono/secure-headers did. */
const replacedNames = new Set([...Object.keys(securityHeaders), hsts.name, requestIdHeader, 'x-powered-by']);

/** A new object (the given one may be shared): the response's headers, then ours over them. */
function withBaseHeaders(headers: OutgoingHttpHeaders | undefined, requestId: string, https: boolean): OutgoingHttpHeaders {
  const all: OutgoingHttpHeaders = {};
  // Plain copies: object spread of two sources took a slow runtime path here.
  for (const name in headers) if (!replacedNames.has(name.toLowerCase())) all[name] = headers[name];
  for (const [name, value] of securityEntries) all[name] = value;
  if (https) all[hsts.name] = hsts.value;
  all[requestIdHeader] = requestId;
  return all;
}

/** Whether the client reached us over HTTPS (directly, or through a trusted TLS-terminating proxy). */
function overHttps(url: string, forwardedProto: string | undefined, trustProxy: boolean): boolean {
  if (trustProxy && forwardedProto !== undefined) return forwardedProto.split(',')[0]?.trim() === 'https';
  return url.startsWith('https:');
}

/**
 * The server's response class (`createServer({ ServerResponse })`): once the app has given a
 * request its id, the security headers and the id go out in the one `writeHead` call that
 * sends the response. @hono/node-server always calls writeHead with a plain object (or none).
 */
export class ResponseWithBaseHeaders<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
  requestId: string | undefined = undefined;
  https = false;

  override writeHead(
    statusCode: number,
    reasonOrHeaders?: string | OutgoingHttpHeaders | OutgoingHttpHeader[],
    maybeHeaders?: OutgoingHttpHeaders | OutgoingHttpHeader[],
  ): this {
    const reason = typeof reasonOrHeaders === 'string' ? reasonOrHeaders : undefined;
    let headers = reason === undefined ? (reasonOrHeaders as OutgoingHttpHeaders | OutgoingHttpHeader[] | undefined) : maybeHeaders;
    const id = this.requestId;
    if (id !== undefined) {
      if (Array.isArray(headers)) {
        for (const [name, value] of Object.entries(withBaseHeaders(undefined, id, this.https))) this.setHeader(name, value as string);
      } else {
        headers = withBaseHeaders(headers, id, this.https);
      }
    }
    return reason === undefined ? super.writeHead(statusCode, headers) : super.writeHead(statusCode, reason, headers);
  }
}

/**
 * Request id and security headers on every response, in one middleware. Setting a dozen
 * headers on a web `Headers` object per response (as hono/secure-headers does) cost more CPU
 * than most handlers, and it forces every response off @hono/node-server's plain-object fast
 * path; served with `ResponseWithBaseHeaders` they are written by Node with the status line.
 * Anywhere else (`app.request` in tests) they are set on the finished Response: same result.
 */
export function baseHeaders({ trustProxy = false }: { trustProxy?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const offered = c.req.header(requestIdHeader);
    const id = offered !== undefined && acceptableId.test(offered) ? offered : randomUUID();
    c.set('requestId', id);
    const https = overHttps(c.req.url, trustProxy ? c.req.header('x-forwarded-proto') : undefined, trustProxy);
    const outgoing: unknown = (c.env as { outgoing?: unknown } | undefined)?.outgoing;
    if (outgoing instanceof ResponseWithBaseHeaders) {
      outgoing.requestId = id;
      outgoing.https = https;
      return next();
    }
    await next();
    const headers = c.res.headers;
    for (const name in securityHeaders) headers.set(name, securityHeaders[name] as string);
    if (https) headers.set(hsts.name, hsts.value);
    else headers.delete(hsts.name);
    headers.set(requestIdHeader, id);
    headers.delete('x-powered-by');
  };
}
