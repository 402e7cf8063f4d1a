import { createSchema, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '../../logger.js';
import { createArmorPlugins } from './armor-plugin.js';
import { createShopResolvers } from './create-shop-resolvers.js';
import { createDocumentCache, useValidationCache } from './document-caches.js';
import { maskShopError } from './error-table.js';
import { globalFetchApi } from './global-fetch-api.js';
import type { ShopContext } from './graphql-context.js';
import { useJitExecution } from './jit-plugin.js';
import { loadShopTypeDefs } from './load-type-defs.js';
import { useLogUnexpectedErrors } from './log-unexpected-errors.js';

export type ShopYoga = YogaServerInstance<ShopContext, ShopContext>;

export interface ShopYogaOptions {
  logger: Logger;
  /** Plugins to run after the shop's own (instrumentation, tests). */
  plugins?: Plugin<ShopContext>[];
}

/**
 * The shop's schema and resolvers served by graphql-yoga, with armor, masking and
 * compiled execution. Parsed documents and validation results are cached by document text
 * (yoga's parserAndValidationCache, which runs after armor's parser and rules).
 */
export function createShopYoga({ logger, plugins = [] }: ShopYogaOptions): ShopYoga {
  return createYoga<ShopContext>({
    schema: createSchema<ShopContext>({ typeDefs: loadShopTypeDefs(), resolvers: createShopResolvers() }),
    // A URLPattern: the shared shop's /graphql and each sandbox's /s/{id}/graphql.
    graphqlEndpoint: '{/s/:sandbox}?/graphql',
    fetchAPI: globalFetchApi,
    landingPage: false,
    // GraphiQL's page is served by mount-graphql from a file rendered once (graphiql-page.ts).
    graphiql: false,
    // Any site may call the API with a Bearer token; none may ride on the visitor's cookie.
    cors: { origin: '*', credentials: false },
    // Batched requests share one HTTP request's limits, so only a few per request.
    batching: { limit: 5 },
    // The Hono body cap in front (mount-graphql) already refuses large bodies; yoga's own limit
    // would read request.body, making @hono/node-server build a full web Request and stream.
    maxRequestBodySize: false,
    parserAndValidationCache: { documentCache: createDocumentCache(), validationCache: false },
    maskedErrors: { maskError: (error) => maskShopError(error) },
    logging: {
      debug: () => undefined,
      info: () => undefined,
      warn: (...args: unknown[]) => logger.warn('graphql-yoga', { detail: args.map(String) }),
      // Every masked or mapped error passes here; the unexpected ones are logged with their request id by useLogUnexpectedErrors.
      error: (...args: unknown[]) => logger.debug('graphql-yoga error', { detail: args.map(String) }),
    },
    plugins: [
      ...createArmorPlugins(),
      useLogUnexpectedErrors(logger),
      useJitExecution(),
      useValidationCache(),
      ...plugins,
    ],
  });
}
