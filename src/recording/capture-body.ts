import type { Context } from 'hono';
import type { RecordedMessage } from './exchange.js';
import { redactBody, redactHeader } from './redact.js';

/** Recorded bodies keep at most this much; the rest is counted, not kept. */
export const recordedBodyLimit = 64 * 1024;

/** What a request's readers took from its body (they read it once; the tap keeps a copy). */
export interface BodySeen {
  text?: string;
  bytes?: Uint8Array;
}

const bodiless = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Copies the body as the handler reads it, instead of reading it first: the protocol's own body
 * cap still decides whether it is read at all, and @hono/node-server's direct read is kept.
 * Every reader (Hono's c.req.text/json, yoga, the GraphQL JSON lane) ends in text, json or arrayBuffer.
 */
function tap(raw: Request, seen: BodySeen): void {
  const text = raw.text;
  const arrayBuffer = raw.arrayBuffer;
  Object.defineProperty(raw, 'text', {
    configurable: true,
    value: () => text.call(raw).then((body) => (seen.text = body)),
  });
  Object.defineProperty(raw, 'json', { configurable: true, value: () => raw.text().then(JSON.parse) });
  Object.defineProperty(raw, 'arrayBuffer', {
    configurable: true,
    value: () =>
      arrayBuffer.call(raw).then((body) => {
        seen.bytes = new Uint8Array(body);
        return body;
      }),
  });
}

/** Starts watching the request's body; undefined for methods without one. */
export function watchRequestBody(c: Context): BodySeen | undefined {
  if (bodiless.has(c.req.method)) return undefined;
  const seen: BodySeen = {};
  tap(c.req.raw, seen);
  // A body of undeclared length is counted by hono/body-limit, which then hands on a new Request: tap that one too.
  if (c.req.header('content-length') === undefined || c.req.header('transfer-encoding') !== undefined) {
    let current = c.req.raw;
    Object.defineProperty(c.req, 'raw', {
      configurable: true,
      get: () => current,
      set: (next: Request) => {
        current = next;
        tap(next, seen);
      },
    });
  }
  return seen;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A body as recorded: capped, secrets masked. */
export function recordedBody(headers: Record<string, string>, body: string | Uint8Array | undefined, bytesIfUnread = 0): Omit<RecordedMessage, 'headers'> {
  if (body === undefined) return { body: '', truncated: bytesIfUnread > 0, bytes: bytesIfUnread };
  const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  const truncated = bytes > recordedBodyLimit;
  let text: string;
  if (typeof body === 'string') text = truncated ? decoder.decode(encoder.encode(body).subarray(0, recordedBodyLimit)) : body;
  else text = decoder.decode(truncated ? body.subarray(0, recordedBodyLimit) : body);
  return { body: redactBody(text, headers['content-type'] ?? ''), truncated, bytes };
}

/** Header names lower-case, several values of one name joined with ", ", credentials masked. */
export function recordedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    const clean = redactHeader(name, value);
    out[name] = out[name] === undefined ? clean : `${out[name]}, ${clean}`;
  });
  return out;
}

/**
 * @hono/node-server's own Response keeps what it was made from (status, body, headers) under a
 * symbol, and writes a string body straight to the socket. Reading it there keeps that fast path:
 * touching `body`, `headers` or `text()` would build a web Response and stream it instead.
 */
let cacheSymbol: symbol | undefined;
type Cached = [number, unknown, Record<string, string> | Headers | undefined];

export interface PeekedResponse {
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** A node-server Response with a string or byte body, read without disturbing it; else undefined. */
export function peekResponse(res: Response): PeekedResponse | undefined {
  cacheSymbol ??= Object.getOwnPropertySymbols(res).find((symbol) => symbol.description === 'cache');
  const cached = cacheSymbol === undefined ? undefined : ((res as unknown as Record<symbol, Cached | undefined>)[cacheSymbol]);
  if (!cached) return undefined;
  const [, body, init] = cached;
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) return undefined;
  if (init instanceof Headers) return { headers: recordedHeaders(init), body };
  const headers: Record<string, string> = {};
  // node-server's default for a body without a content type.
  if (init === undefined) headers['content-type'] = 'text/plain; charset=UTF-8';
  for (const name in init) headers[name.toLowerCase()] = redactHeader(name.toLowerCase(), String(init[name]));
  return { headers, body };
}

/** Answers whose body is a stream of events: only their head is recorded. */
export const isStreamed = (contentType: string): boolean => /^(text\/event-stream|multipart\/mixed)/i.test(contentType);
