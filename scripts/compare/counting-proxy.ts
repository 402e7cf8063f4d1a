import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';
import { createHttpStreamParser, type HttpMessage } from './http-stream-parser.js';

/** One request and its response as they crossed the proxy. */
export interface Exchange {
  method: string;
  target: string;
  requestHeadBytes: number;
  requestBodyBytes: number;
  status: number;
  responseHeaders: Map<string, string>;
  responseHeadBytes: number;
  responseBodyBytes: number;
  responseBody: Buffer;
}

export interface CountingProxy {
  /** http://127.0.0.1:<port>: point the clients here instead of at the server. */
  url: string;
  /** The exchanges completed since the last call (and forgets them). */
  take(): Exchange[];
  /** Bytes seen in each direction since the proxy started, framing and all. */
  totals(): { toServer: number; toClient: number };
  close(): Promise<void>;
}

/**
 * A TCP proxy between the clients and the server that reads HTTP/1.1 framing in both
 * directions, so round trips and bytes are measured on the wire whatever the client library
 * (fetch, openapi-fetch, node-soap's axios). Requests and responses pair up in order per
 * connection (HTTP/1.1 without pipelining).
 */
export async function createCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  let exchanges: Exchange[] = [];
  const bytes = { toServer: 0, toClient: 0 };
  const sockets = new Set<Socket>();

  const server = createServer((client) => {
    const origin = createConnection({ host: upstream.hostname, port: Number(upstream.port || 80) });
    sockets.add(client).add(origin);
    const waiting: HttpMessage[] = [];
    const requests = createHttpStreamParser('request', (request) => waiting.push(request));
    const responses = createHttpStreamParser(
      'response',
      (response) => {
        const request = waiting.shift();
        if (!request) return;
        const [method = '', requestTarget = ''] = request.startLine.split(' ');
        exchanges.push({
          method,
          target: requestTarget,
          requestHeadBytes: request.headBytes,
          requestBodyBytes: request.bodyBytes,
          status: Number(response.startLine.split(' ')[1]),
          responseHeaders: response.headers,
          responseHeadBytes: response.headBytes,
          responseBodyBytes: response.bodyBytes,
          responseBody: response.body,
        });
      },
      () => waiting[0]?.startLine.startsWith('HEAD ') ?? false,
    );
    client.on('data', (data: Buffer) => {
      bytes.toServer += data.length;
      requests.push(data);
      origin.write(data);
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
