import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createHttpStreamParser, type HttpMessage } from '../../scripts/compare/http-stream-parser.js';
import type { Exchange as CountedExchange } from '../../scripts/compare/counting-proxy.js';

/** One request and its response as they crossed the proxy, both sides whole. */
export interface WireExchange extends CountedExchange {
  requestHeaders: Map<string, string>;
  requestBody: Buffer;
  startedAt: number;
  durationMs: number;
}

export interface RecordingProxy {
  /** http://127.0.0.1:<port>: the clients' base URL for one explorer run. */
  url: string;
  /** The exchanges completed since the last call (and forgets them). */
  take(): WireExchange[];
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of this server for one explorer run. Like the comparison's counting
 * proxy it reads HTTP/1.1 framing in both directions, so it sees what any client library sends
 * (fetch, openapi-fetch, node-soap's axios); it also keeps each request's head and body.
 */
export async function createRecordingProxy(target: { host: string; port: number }): Promise<RecordingProxy> {
  let exchanges: WireExchange[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((client) => {
    const origin = createConnection({ host: target.host, port: target.port });
    sockets.add(client).add(origin);
    const waiting: { request: HttpMessage; startedAt: number }[] = [];
    let firstByteAt: number | undefined;
    const requests = createHttpStreamParser('request', (request) => {
      waiting.push({ request, startedAt: firstByteAt ?? performance.now() });
      firstByteAt = undefined;
    });
    const responses = createHttpStreamParser(
      'response',
      (response) => {
        const sent = waiting.shift();
        if (!sent) return;
        const { request, startedAt } = sent;
        const [method = '', requestTarget = ''] = request.startLine.split(' ');
        exchanges.push({
          method,
          target: requestTarget,
          requestHeaders: request.headers,
          requestBody: request.body,
          requestHeadBytes: request.headBytes,
          requestBodyBytes: request.bodyBytes,
          status: Number(response.startLine.split(' ')[1]),
          responseHeaders: response.headers,
          responseHeadBytes: response.headBytes,
          responseBodyBytes: response.bodyBytes,
          responseBody: response.body,
          startedAt,
          durationMs: performance.now() - startedAt,
        });
      },
      () => waiting[0]?.request.startLine.startsWith('HEAD ') ?? false,
    );
    client.on('data', (data: Buffer) => {
      firstByteAt ??= performance.now();
      requests.push(data);
      origin.write(data);
    });
    origin.on('data', (data: Buffer) => {
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
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
