import { loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';
import { demoAccounts } from './domain/demo-accounts.js';

/** Composition root: config → database → services → app → serve. */
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  // A clear sentence, not a stack: the user fixes an environment variable and starts again.
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
const logger = createLogger(config.LOG_LEVEL);
const server = await startServer({
  port: config.PORT,
  host: config.HOST,
  databasePath: config.DATABASE_PATH,
  trustProxy: config.TRUST_PROXY,
  trustProxyHops: config.TRUST_PROXY_HOPS,
  logger,
  recording: config.RECORDING,
  limits: {
    headersTimeoutMs: config.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: config.KEEP_ALIVE_TIMEOUT_MS,
    idleTimeoutMs: config.IDLE_TIMEOUT_MS,
    maxConnections: config.MAX_CONNECTIONS,
    maxConnectionsPerAddress: config.MAX_CONNECTIONS_PER_ADDRESS,
  },
  sandboxes: {
    max: config.SANDBOX_MAX,
    idleMs: config.SANDBOX_IDLE_HOURS * 3_600_000,
    createPerHour: config.SANDBOX_CREATE_PER_HOUR,
    instructorToken: config.INSTRUCTOR_TOKEN,
    ...(config.SANDBOX_DIR === undefined ? {} : { dir: config.SANDBOX_DIR }),
  },
  services: { auth: { timestampWindowMs: config.WSS_TIMESTAMP_WINDOW_SECONDS * 1000 } },
}).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

process.stdout.write(
  [
    `API Playground is serving the shop at ${server.url}`,
    `  home       ${server.url}/`,
    `  REST docs  ${server.url}/docs   (OpenAPI: ${server.url}/openapi.json)`,
    `  GraphQL    ${server.url}/graphql`,
    `  SOAP       ${server.url}/soap?wsdl   (console: ${server.url}/soap)`,
    `  explore    ${server.url}/explore   (one scenario, three protocols, the raw exchanges)`,
    `  inspect    ${server.url}/inspect   (every exchange, live)`,
    `  sandboxes  POST ${server.url}/sandboxes, or the home page's button: a private shop under /s/{id}/`,
    `  database   ${config.DATABASE_PATH}`,
    'Demo accounts:',
    `  customer   ${demoAccounts.customer.email} / ${demoAccounts.customer.password}`,
    `  admin      ${demoAccounts.admin.email} / ${demoAccounts.admin.password}`,
    '',
  ].join('\n'),
);

// A stop lets requests in flight finish (bounded); a second signal stops at once.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void server.drain(config.SHUTDOWN_GRACE_MS).then(
      ({ inFlight, cut, elapsedMs }) => {
        logger.info('stopped', { signal, inFlight, cut, elapsedMs });
        process.exit(0);
      },
      (error: unknown) => {
        logger.error('stop failed', { signal, error: String(error) });
        process.exit(1);
      },
    );
  });
}
