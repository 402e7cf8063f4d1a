import type { Context, Hono } from 'hono';
import { maxBodyBytes, type AppDeps, type AppEnv } from '../../http/app-env.js';
import { bodyCap } from '../../http/body-cap.js';
import { clientAddress } from '../../http/client-address.js';
import { isHttps } from '../../http/request-origin.js';
import { resolveActor } from '../../http/resolve-actor.js';
import { injectFaults } from '../../recording/fault-switches.js';
import { createShopYoga } from './create-shop-yoga.js';
import { payloadTooLargeCode, shopErrorExtensions } from './error-table.js';
import { ShopError } from '../../domain/errors.js';
import type { Shop } from '../../shops/shop.js';
import { noSuchSandboxMessage } from '../../shops/shop-routing.js';
import { createGraphqlContext } from './graphql-context.js';
import { graphiqlOptions } from './graphiql-options.js';
import { createGraphiQLPage, wantsGraphiQL } from './graphiql-page.js';
import { createJsonPostLane } from './json-post-lane.js';

/**
 * The body cap's refusal in the GraphQL-over-HTTP shape. The unread rest of the body is
 * still on its way, so the connection is closed rather than reused.
 */
function payloadTooLarge(c: Context): Response {
  const graphqlResponse = (c.req.header('accept') ?? '').includes('application/graphql-response+json');
  const message = `Request body is larger than ${maxBodyBytes} bytes.`;
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code: payloadTooLargeCode } }] }), {
    status: 413,
    headers: {
      'content-type': `${graphqlResponse ? 'application/graphql-response+json' : 'application/json'}; charset=utf-8`,
      connection: 'close',
    },
  });
}

/** An unknown or expired sandbox, answered as GraphQL errors are. */
function noSuchShop(c: Context): Response {
  const error = shopErrorExtensions(new ShopError('NOT_FOUND', noSuchSandboxMessage));
  const message = noSuchSandboxMessage;
  return c.json({ errors: [{ message, extensions: error }] }, 404);
}

/**
 * GraphQL at /graphql in the Hono app. Routed with `app.on` (not `app.mount`, which strips
 * the path); Hono's middleware (request id, body cap) runs first, then the raw request goes to
 * GraphiQL's page (a GET accepting HTML), or the JSON POST lane, which hands all but plain JSON
 * queries and mutations to yoga whole.
 */
export function mountGraphql(app: Hono<AppEnv>, deps: AppDeps): void {
  const { trustProxy } = deps;
  const answer = createJsonPostLane(createShopYoga({ logger: deps.logger }), deps.logger);
  const graphiqlPage = createGraphiQLPage(graphiqlOptions);

  app.use('/graphql', bodyCap(payloadTooLarge));
  app.use('/graphql', injectFaults('graphql', (c, f) => c.json({ errors: [{ message: f.message, extensions: { code: f.graphqlCode } }] }, f.status as 500)));

  app.on(['GET', 'POST', 'OPTIONS'], '/graphql', async (c) => {
    const shop = c.get('shop') as Shop | undefined;
    if (!shop) return noSuchShop(c);
    // GraphiQL talks to the path it was opened at, so a sandbox's GraphiQL talks to that sandbox.
    if (wantsGraphiQL(c.req.raw)) return graphiqlPage(c.req.raw, new URL(c.req.url).pathname);
    const { services } = shop;
    const context = createGraphqlContext({
      services,
      actor: () => resolveActor(c, services, trustProxy),
      requestId: c.get('requestId'),
      clientAddress: clientAddress(c, trustProxy, deps.trustProxyHops),
      secureCookies: isHttps(c.req.raw, trustProxy),
      shopPrefix: shop.prefix,
    });
    const response = await answer(c.req.raw, context);
    for (const cookie of context.responseCookies) response.headers.append('set-cookie', cookie);
    return response;
  });
}
