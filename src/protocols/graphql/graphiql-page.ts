import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import type { GraphiQLOptions } from 'graphql-yoga';
import { cachedGraphiQLPage, endpointMarker, type CachedGraphiQLPage } from './graphiql-page-cache.js';

/** yoga's test for a GraphiQL request (shouldRenderGraphiQL): a GET that accepts HTML. */
export const wantsGraphiQL = (request: Request): boolean =>
  request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');

/** gzip (or x-gzip, or `*`) with a weight above 0. */
export function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name.trim().toLowerCase(), q === undefined ? 1 : Number(q));
  }
  const weight = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0;
  return weight > 0;
}

/** The endpoint as the inside of a JSON string in a <script>: no `</script>` can be formed. */
const jsonStringContent = (text: string): string => JSON.stringify(text).slice(1, -1).replace(/</g, '\\u003c');

/** 10-byte gzip header: deflate, no name, no mtime, OS unknown. */
const gzipHeader = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

async function* concat(before: Buffer[], path: string, after: Buffer[]): AsyncGenerator<Buffer> {
  yield* before;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) yield chunk as Buffer;
  yield* after;
}

/**
 * The page as gzip without compressing the head per request: its cached deflate blocks end in
 * a full flush, so the request's tail is deflated on its own and appended, then the gzip trailer
 * (CRC-32 of head and tail together, length mod 2^32).
 */
function gzipParts(page: CachedGraphiQLPage, rest: Buffer): { parts: Buffer[]; bytes: number } {
  const deflatedRest = deflateRawSync(rest);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(rest, page.headCrc), 0);
  trailer.writeUInt32LE((page.headBytes + rest.length) % 2 ** 32, 4);
  return { parts: [deflatedRest, trailer], bytes: gzipHeader.length + page.deflatedHeadBytes + deflatedRest.length + trailer.length };
}

/**
 * GraphiQL's page, served from a file instead of rendered per request: yoga's renderGraphiQL
 * builds a ~9 MB string each time and loading it costs ~36 MB for the life of the process. The
 * page is rendered once by a child process (graphiql-page-cache.ts) with a marker for the endpoint; each
 * request streams the fixed head from disk and writes its own endpoint (`/graphql` or
 * `/s/{id}/graphql`) into the short tail. gzip when the client takes it, from the cached deflated
 * head, so the compression middleware (which sees Content-Encoding) holds no copy either.
 */
export function createGraphiQLPage(options: GraphiQLOptions) {
  let page: Promise<CachedGraphiQLPage> | undefined;
  const load = () =>
    (page ??= cachedGraphiQLPage({ ...options, endpoint: endpointMarker }).catch((error: unknown) => {
      page = undefined; // try again on the next page
      throw error;
    }));

  return async function respond(request: Request, endpoint: string): Promise<Response> {
    let cached = await load();
    // The OS may clean its temp dir under a long-running server: render again then.
    if (!(await stat(cached.headPath).then((s) => s.size === cached.headBytes, () => false))) {
      page = undefined;
      cached = await load();
    }
    const rest = Buffer.from(jsonStringContent(endpoint) + cached.tail);
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', vary: 'Accept-Encoding' };
    let body: AsyncGenerator<Buffer>;
    if (acceptsGzip(request.headers.get('accept-encoding'))) {
      const { parts, bytes } = gzipParts(cached, rest);
      body = concat([gzipHeader], cached.deflatedHeadPath, parts);
      headers['content-encoding'] = 'gzip';
      headers['content-length'] = String(bytes);
    } else {
      body = concat([], cached.headPath, [rest]);
      headers['content-length'] = String(cached.headBytes + rest.length);
    }
    return new Response(Readable.toWeb(Readable.from(body)) as ReadableStream<Uint8Array>, { status: 200, headers });
  };
}
