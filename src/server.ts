import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { ResponseWithBaseHeaders } from './http/base-headers.js';
import { createCloseRegistry, trackForGracefulClose, type DrainResult, type RegisterEndOnClose } from './http/graceful-close.js';
import { applyServerLimits, defaultServerLimits, serverTimeoutOptions, type ServerLimits } from './http/server-limits.js';
import { createLogger, type Logger } from './logger.js';
import { systemClock } from './services/clock.js';
import type { ServiceOptions } from './services/create-services.js';
import { createHashQueue } from './services/hash-queue.js';
import { createLocalShopRegistry } from './shops/local-shop-registry.js';
import { resolveSandboxOptions, type SandboxOptions } from './shops/sandbox-options.js';
import { openDatabase } from './store/open-database.js';
import { seedDatabase } from './store/seed.js';

export interface StartOptions {
  port: number;
  host: string;
  databasePath: string;
  trustProxy?: boolean;
  trustProxyHops?: number;
  logger?: Logger;
  services?: ServiceOptions;
  /** Connection limits and timeouts; defaults in server-limits.ts. */
  limits?: Partial<ServerLimits>;
  /** Sandbox limits and place; defaults in sandbox-options.ts. */
  sandboxes?: Partial<SandboxOptions>;
  /** Called with every SQL statement the shared shop's database runs (`npm run compare` counts them per scenario). */
  onQuery?: (sql: string) => void;
  /** Record exchanges for /inspect (default on; the benchmark turns it off). */
  recording?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Closes at once: requests in flight are cut. */
  close(): Promise<void>;
  /**
   * Stops accepting, ends event streams, lets requests in flight finish for up to `graceMs`,
   * then closes the database.
   */
  drain(graceMs: number): Promise<DrainResult>;
  /** Registers something long-lived (an SSE stream) to end when the server closes. */
  endOnClose: RegisterEndOnClose;
}

/** Opens the database (migrated and seeded), builds the app and listens. Port 0 picks a free one. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger('silent');
  const db = openDatabase(options.databasePath, options.onQuery ? { onQuery: options.onQuery } : {});
  if (seedDatabase(db)) logger.info('seeded a new database', { path: options.databasePath });
  const clock = options.services?.clock ?? systemClock;
  const sandboxes = resolveSandboxOptions(options.databasePath, options.sandboxes);
  // One hashing queue for every shop: password work is bounded for the process, not per sandbox.
  const services: ServiceOptions = { hashQueue: createHashQueue(), ...options.services };
  const shops = createLocalShopRegistry({ sharedDb: db, clock, services, limits: sandboxes });
  const closers = createCloseRegistry();
  const app = createApp({
    shops,
    sandboxes: { ...sandboxes, clock },
    logger,
    trustProxy: options.trustProxy ?? false,
    trustProxyHops: options.trustProxyHops,
    endOnClose: closers.endOnClose,
    recording: options.recording ?? true,
  });
  // Behind a proxy every connection comes from the proxy: a per-address cap would cap it.
  const limits = { ...defaultServerLimits, ...(options.trustProxy ? { maxConnectionsPerAddress: 0 } : {}), ...options.limits };
  const purge = setInterval(() => {
    shops.shared.services.auth.purgeExpiredSessions();
    shops.expireIdle();
  }, 10 * 60_000);
  purge.unref();

  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      // Security headers and the request id go out with the status line (see base-headers.ts).
      { fetch: app.fetch, port: options.port, hostname: options.host, serverOptions: { ServerResponse: ResponseWithBaseHeaders, ...serverTimeoutOptions(limits) } },
      () => resolve(s),
    );
    applyServerLimits(s as Server, limits);
    // A taken port is a setup problem to report, not a crash with a stack.
    s.once('error', (error: NodeJS.ErrnoException) => {
      clearInterval(purge);
      shops.close();
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} on ${options.host} is already in use; set PORT to another port (0 picks a free one).`)
          : error,
      );
    });
  });
  const graceful = trackForGracefulClose(server as Server, closers);
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const drain = async (graceMs: number): Promise<DrainResult> => {
    clearInterval(purge);
    const result = await graceful.drain(graceMs);
    shops.close();
    return result;
  };
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    endOnClose: closers.endOnClose,
    drain,
    close: async () => {
      await drain(0);
    },
  };
}
