import { performance } from 'node:perf_hooks';
import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';
import { createHttpStreamParser, type HttpMessage } from './http-stream-parser.js';

/** One request and its response as they crossed the proxy. */
export interface Exchange {
  method: string;
  target: string;
  /** The request head as the server received it (after any Accept-Encoding rewrite). */
  requestHead: string;
  requestHeadBytes: number;
  requestBodyBytes: number;
  requestBody: Buffer;
  status: number;
  responseHead: string;
  responseHeaders: Map<string, string>;
  responseHeadBytes: number;
  responseBodyBytes: number;
  responseBody: Buffer;
  /** From the whole request having passed the proxy to the whole response having passed it. */
  durationMs: number;
}

export interface CountingProxyOptions {
  /**
   * What the server sees as the request's Accept-Encoding, whatever the client library sent
   * (fetch asks for gzip, axios for brotli too): null removes the header, a string replaces it,
   * undefined leaves requests as they are.
   */
  acceptEncoding?: string | null;
}

const acceptEncodingLine = /\r\naccept-encoding:[^\r]*/gi;

/** The head with its Accept-Encoding lines replaced by one (or none). */
export function withAcceptEncoding(head: string, value: string | null): string {
  const without = head.replace(acceptEncodingLine, '');
  return value === null ? without : `${without}\r\nAccept-Encoding: ${value}`;
}

export interface CountingProxy {
  /** http://127.0.0.1:<port>: point the clients here instead of at the server. */
  url: string;
  /** The exchanges completed since the last call (and forgets them). */
  take(): Exchange[];
  /** Bytes passed on in each direction since the proxy started, framing and all. */
  totals(): { toServer: number; toClient: number };
  close(): Promise<void>;
}

/**
 * A TCP proxy between the clients and the server that reads HTTP/1.1 framing in both
 * directions, so round trips and bytes are measured on the wire whatever the client library
 * (fetch, openapi-fetch, node-soap's axios). Requests and responses pair up in order per
 * connection (HTTP/1.1 without pipelining).
 */
export async function createCountingProxy(target: string, options: CountingProxyOptions = {}): Promise<CountingProxy> {
  const { acceptEncoding } = options;
  const upstream = new URL(target);
  let exchanges: Exchange[] = [];
  const bytes = { toServer: 0, toClient: 0 };
  const sockets = new Set<Socket>();

  const server = createServer((client) => {
    const origin = createConnection({ host: upstream.hostname, port: Number(upstream.port || 80) });
    sockets.add(client).add(origin);
    // A relayed request leaves as two writes (head, body): with Nagle on, the body would wait ~40 ms for the head's delayed ACK.
    client.setNoDelay(true);
    origin.setNoDelay(true);
    const waiting: (HttpMessage & { at: number })[] = [];
    const toOrigin = (data: Buffer) => {
      bytes.toServer += data.length;
      origin.write(data);
    };
    // Rewriting a header means forwarding what the parser passes on, not the raw stream.
    const relay = acceptEncoding === undefined ? undefined : { forward: toOrigin, rewriteHead: (head: string) => withAcceptEncoding(head, acceptEncoding) };
    const requests = createHttpStreamParser('request', (request) => waiting.push({ ...request, at: performance.now() }), undefined, relay);
    const responses = createHttpStreamParser(
      'response',
      (response) => {
        const request = waiting.shift();
        if (!request) return;
        const [method = '', requestTarget = ''] = request.startLine.split(' ');
        exchanges.push({
          method,
          target: requestTarget,
          requestHead: request.head,
          requestHeadBytes: request.headBytes,
          requestBodyBytes: request.bodyBytes,
          requestBody: request.body,
          status: Number(response.startLine.split(' ')[1]),
          responseHead: response.head,
          responseHeaders: response.headers,
          responseHeadBytes: response.headBytes,
          responseBodyBytes: response.bodyBytes,
          responseBody: response.body,
          durationMs: performance.now() - request.at,
        });
      },
      () => waiting[0]?.startLine.startsWith('HEAD ') ?? false,
    );
    client.on('data', (data: Buffer) => {
      requests.push(data);
      if (!relay) toOrigin(data);
    });
    origin.on('data', (data: Buffer) => {
      bytes.toClient += data.length;
      // Parsed before it is forwarded: when the client has the whole response, so does the record.
      responses.push(data);
      client.write(data);
    });
    const closeBoth = () => {
      responses.end();
      client.destroy();
      origin.destroy();
      sockets.delete(client);
      sockets.delete(origin);
    };
    client.on('close', closeBoth).on('error', closeBoth);
    origin.on('close', closeBoth).on('error', closeBoth);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    take() {
      const taken = exchanges;
      exchanges = [];
      return taken;
    },
    totals: () => ({ ...bytes }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
