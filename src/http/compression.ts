import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress';
import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { Readable } from 'node:stream';
import { brotliCompress, brotliCompressSync, constants, createBrotliCompress, createGzip, gzip, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip';

export interface CompressionOptions {
  /** Smaller bodies go out as they are: compressing them saves less than the headers cost. */
  threshold?: number;
}

/** Quality 4 is brotli's usual setting for bodies made per request (11, its default, is for static files). */
const brotliOptions: BrotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
const gzipOptions: ZlibOptions = { level: 6 };
/** Larger bodies (the docs console's script) are compressed off the event loop. */
const syncLimit = 64 * 1024;
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Ours first when the client likes both equally: brotli is smaller at the same speed. */
const supported: readonly ContentCoding[] = ['br', 'gzip'];

/** The coding to use for an Accept-Encoding value (q-values and `*` honoured), or undefined for identity. */
export function chooseCoding(acceptEncoding: string): ContentCoding | undefined {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    const coding = name.trim().toLowerCase();
    if (coding) weights.set(coding === 'x-gzip' ? 'gzip' : coding, Number.isFinite(weight) ? weight : 0);
  }
  let best: ContentCoding | undefined;
  let bestWeight = 0;
  for (const coding of supported) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  return best;
}

/** Compresses one body; small ones synchronously (a thread-pool hop costs more, and scrypt shares that pool). */
export function compressBody(body: Uint8Array, coding: ContentCoding): Promise<Buffer> | Buffer {
  if (body.byteLength <= syncLimit) return coding === 'br' ? brotliCompressSync(body, brotliOptions) : gzipSync(body, gzipOptions);
  return coding === 'br' ? brotliAsync(body, brotliOptions) : gzipAsync(body, gzipOptions);
}

/** Bodies declared larger than this (the docs console's 3.5 MB script) are compressed as they stream: no copy held. */
const streamFrom = 512 * 1024;

function compressStream(body: ReadableStream<Uint8Array>, coding: ContentCoding): ReadableStream<Uint8Array> {
  const encoder = coding === 'br' ? createBrotliCompress(brotliOptions) : createGzip(gzipOptions);
  const source = Readable.fromWeb(body as Parameters<typeof Readable.fromWeb>[0]);
  source.once('error', (error) => encoder.destroy(error));
  return Readable.toWeb(source.pipe(encoder)) as ReadableStream<Uint8Array>;
}

/** The headers of the encoded answer. */
function encodedHeaders(headers: Headers, coding: ContentCoding): Headers {
  const out = new Headers(headers);
  const vary = out.get('vary');
  if (!vary) out.set('vary', 'Accept-Encoding');
  else if (!variesByEncoding.test(vary)) out.set('vary', `${vary}, Accept-Encoding`);
  // The bytes differ from the identity ones: a strong validator would claim they are equal.
  const etag = out.get('etag');
  if (etag && !etag.startsWith('W/')) out.set('etag', `W/${etag}`);
  out.set('content-encoding', coding);
  out.delete('content-length');
  return out;
}

const noTransform = /(?:^|,)\s*no-transform\s*(?:,|$)/i;
const variesByEncoding = /(?:^|,)\s*(?:accept-encoding|\*)\s*(?:,|$)/i;

/**
 * gzip or brotli for answers of at least `threshold` bytes when the client asks (Accept-Encoding),
 * in every protocol and page. A request without Accept-Encoding (the benchmark's clients, curl)
 * passes straight through: no async layer, no header touched, node-server's fast path kept.
 * Not compressed: event streams (they must flush per event), 1xx/204/206/304, HEAD, bodies
 * already encoded, `Cache-Control: no-transform`, media types that are compressed already.
 * hono/compress was not used: it has no brotli, adds Vary to every response (rebuilding each
 * one), and compresses bodies of unknown length however small they are.
 */
export function compression(options: CompressionOptions = {}): MiddlewareHandler {
  const threshold = options.threshold ?? 1024;
  return (c, next) => {
    const accepted = c.req.header('accept-encoding');
    if (accepted === undefined) return next();
    const coding = chooseCoding(accepted);
    if (coding === undefined || c.req.method === 'HEAD') return next();
    return next().then(async () => {
      const res = c.res;
      const headers = res.headers;
      if (res.status < 200 || res.status === 204 || res.status === 206 || res.status === 304 || !res.body) return;
      if (headers.has('content-encoding') || noTransform.test(headers.get('cache-control') ?? '')) return;
      if (!COMPRESSIBLE_CONTENT_TYPE_REGEX.test(headers.get('content-type') ?? '')) return;
      const declared = headers.get('content-length');
      if (declared !== null && Number(declared) < threshold) return;
      if (declared !== null && Number(declared) > streamFrom) {
        c.res = undefined;
        c.res = new Response(compressStream(res.body, coding), { status: res.status, statusText: res.statusText, headers: encodedHeaders(headers, coding) });
        return;
      }
      const body = new Uint8Array(await res.arrayBuffer());
      const out = body.byteLength >= threshold ? encodedHeaders(headers, coding) : new Headers(headers);
      const encoded: Uint8Array<ArrayBuffer> = body.byteLength >= threshold ? new Uint8Array(await compressBody(body, coding)) : body;
      // Cleared first: assigning over a response makes Hono copy the old headers (Content-Length too) onto the new one.
      c.res = undefined;
      c.res = new Response(encoded, { status: res.status, statusText: res.statusText, headers: out });
    });
  };
}
