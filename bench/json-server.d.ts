/** The slice of json-server 0.17's library API the harness uses (it ships no types). */
declare module 'json-server' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';

  type Handler = (request: IncomingMessage, response: ServerResponse & { status(code: number): ServerResponse }, next?: () => void) => void;

  interface App {
    use(handler: Handler): void;
    post(path: string, handler: Handler): void;
    listen(port: number, host: string, ready: () => void): Server;
  }

  interface Router extends Handler {
    db: { setState(state: unknown): { write(): void } };
  }

  const jsonServer: {
    create(): App;
    router(source: string): Router;
    defaults(options: { logger?: boolean }): Handler;
  };
  export default jsonServer;
}
