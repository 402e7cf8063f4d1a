import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import { maxBodyBytes, type AppDeps, type AppEnv } from '../../http/app-env.js';
import { bodyCap } from '../../http/body-cap.js';
import { mountDocsPage } from '../../web/docs-page.js';
import { conditionalGet, noStore, privateResource } from './etag.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { problemFromError, problemResponse } from './problem.js';
import type { RestEnv } from './rest-env.js';
import { createRestRoutes } from './rest-routes.js';
import { createUnmatchedHandler } from './unmatched-routes.js';

const privatePaths = ['/rest/me', '/rest/orders', '/rest/orders/*', '/rest/cart', '/rest/cart/*', '/rest/customers', '/rest/customers/*'];

/** The REST API under /rest, its OpenAPI 3.1 document at /openapi.json and the Scalar reference at /docs. */
export function mountRest(app: Hono<AppEnv>, deps: AppDeps): void {
  const rest = new OpenAPIHono<RestEnv>();
  rest.onError(problemFromError);
  rest.use('/rest/*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  rest.use(
    '/rest/*',
    // The unread rest of the body is still on its way: close the connection rather than reuse it.
    bodyCap((c) =>
      problemResponse(c, {
        status: 413,
        kind: 'content-too-large',
        detail: `The request body is larger than ${maxBodyBytes} bytes (1 MiB).`,
        headers: { Connection: 'close' },
      }),
    ),
  );
  rest.use('/rest/*', conditionalGet());
  for (const path of privatePaths) rest.use(path, privateResource);
  rest.use('/rest/auth/*', noStore);

  const routes = createRestRoutes();
  rest.route('/', routes);
  rest.all('/rest/*', createUnmatchedHandler(routes));
  app.route('/', rest);

  const document = buildOpenApiDocument();
  app.get('/openapi.json', (c) => c.json(document));
  mountDocsPage(app);
}
