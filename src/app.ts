import { Hono } from 'hono';
import type { AppDeps, AppEnv } from './http/app-env.js';
import { baseHeaders } from './http/base-headers.js';
import { compression } from './http/compression.js';
import { mountGraphql } from './protocols/graphql/mount-graphql.js';
import { mountRest } from './protocols/rest/mount-rest.js';
import { mountSoap } from './protocols/soap/mount-soap.js';
import { mountWeb } from './web/mount-web.js';

/** The whole HTTP surface: three protocol adapters and the pages, on one Hono app. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', baseHeaders());
  app.use('*', compression());

  const restError = mountRest(app, deps);
  mountGraphql(app, deps);
  mountSoap(app, deps);
  mountWeb(app, deps);

  app.onError((error, c) => {
    const problem = restError(error, c);
    if (problem) return problem;
    deps.logger.error('unhandled error', { requestId: c.get('requestId'), path: c.req.path, error: String(error), stack: error.stack });
    return c.json({ error: 'Internal error', requestId: c.get('requestId') }, 500);
  });
  return app;
}
