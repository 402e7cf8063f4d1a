import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { ResponseWithBaseHeaders } from './http/base-headers.js';
import { createLogger, type Logger } from './logger.js';
import { createServices, type ServiceOptions } from './services/create-services.js';
import { createStore } from './store/create-store.js';
import { openDatabase } from './store/open-database.js';
import { seedDatabase } from './store/seed.js';

export interface StartOptions {
  port: number;
  host: string;
  databasePath: string;
  trustProxy?: boolean;
  logger?: Logger;
  services?: ServiceOptions;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Opens the database (migrated and seeded), builds the app and listens. Port 0 picks a free one. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger('silent');
  const db = openDatabase(options.databasePath);
  if (seedDatabase(db)) logger.info('seeded a new database', { path: options.databasePath });
  const store = createStore(db);
  const services = createServices(store, options.services);
  const app = createApp({ services, logger, trustProxy: options.trustProxy ?? false });
  const purge = setInterval(() => services.auth.purgeExpiredSessions(), 10 * 60_000);
  purge.unref();

  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      // Security headers and the request id go out with the status line (see base-headers.ts).
      { fetch: app.fetch, port: options.port, hostname: options.host, serverOptions: { ServerResponse: ResponseWithBaseHeaders } },
      () => resolve(s),
    );
    // A taken port is a setup problem to report, not a crash with a stack.
    s.once('error', (error: NodeJS.ErrnoException) => {
      clearInterval(purge);
      db.close();
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} on ${options.host} is already in use; set PORT to another port (0 picks a free one).`)
          : error,
      );
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(purge);
        // Open keep-alive connections would hold close() forever.
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
