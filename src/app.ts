import { Hono } from 'hono';
import type { AppDeps, AppEnv } from './http/app-env.js';
import { baseHeaders } from './http/base-headers.js';
import { compression } from './http/compression.js';
import { mountGraphql } from './protocols/graphql/mount-graphql.js';
import { isRestPath, mountRest, restErrorResponse } from './protocols/rest/mount-rest.js';
import { mountSoap } from './protocols/soap/mount-soap.js';
import { recordExchanges } from './recording/record-exchanges.js';
import { requestLog } from './recording/request-log.js';
import { mountSandboxes } from './shops/mount-sandboxes.js';
import { findShop, shopRelativePath } from './shops/shop-routing.js';
import { mountWeb } from './web/mount-web.js';

/**
 * The whole HTTP surface: three protocol adapters and the pages, on one Hono app that serves
 * every shop. Routes see shop-relative paths (`/s/{id}/rest/…` is routed as `/rest/…`); the
 * edge puts the request's shop on the context.
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ getPath: shopRelativePath });
  // Layers that have nothing to do are not registered: each one is another step per request.
  if (deps.logger.isLevelEnabled?.('info') !== false) app.use('*', requestLog(deps.logger));
  app.use('*', baseHeaders({ trustProxy: deps.trustProxy }));
  app.use('*', findShop(deps.shops));
  app.use('*', compression());
  // Inside compression: the recording keeps readable bodies.
  if (deps.recording ?? true) app.use('*', recordExchanges({ enabled: true }));

  mountRest(app, deps);
  mountGraphql(app, deps);
  mountSoap(app, deps);
  mountWeb(app, deps);
  mountSandboxes(app, deps);

  // Registered here, not with `rest.onError`: Hono would wrap every REST handler in one more async layer.
  app.onError((error, c) => {
    if (isRestPath(c.req.path)) return restErrorResponse(error, c, deps);
    deps.logger.error('unhandled error', { requestId: c.get('requestId'), path: c.req.path, error: String(error), stack: error.stack });
    return c.json({ error: 'Internal error', requestId: c.get('requestId') }, 500);
  });
  return app;
}
