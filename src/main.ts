import { loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';
import { demoAccounts } from './store/seed-data.js';

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
  logger,
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
    `  SOAP       ${server.url}/soap?wsdl`,
    `  database   ${config.DATABASE_PATH}`,
    'Demo accounts:',
    `  customer   ${demoAccounts.customer.email} / ${demoAccounts.customer.password}`,
    `  admin      ${demoAccounts.admin.email} / ${demoAccounts.admin.password}`,
    '',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
