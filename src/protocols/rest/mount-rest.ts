import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, Hono } from 'hono';
import { maxBodyBytes, type AppDeps, type AppEnv } from '../../http/app-env.js';
import { bodyCap } from '../../http/body-cap.js';
import { isUtf8JsonBody } from '../../http/utf8-body.js';
import { ownOrigin } from '../../http/request-origin.js';
import { shopOf } from '../../shops/shop-routing.js';
import { injectFaults } from '../../recording/fault-switches.js';
import { acceptsJson, notAcceptable } from './accept.js';
import { conditionalGet, noStore, privateResource } from './etag.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { problemFromError, problemResponse } from './problem.js';
import type { ProblemStatus } from './error-status.js';
import type { RestEnv } from './rest-env.js';
import { createRestRoutes } from './rest-routes.js';
import { createUnmatchedHandler } from './unmatched-routes.js';

/**
 * The operations that need a caller answer with the caller's own data (or act for them): read
 * from each route's declared `security`, so a new private route is private by declaring it so.
 */
function privateOperations(routes: ReturnType<typeof createRestRoutes>): { method: string; path: string }[] {
  return routes.openAPIRegistry.definitions.flatMap((definition) =>
    definition.type === 'route' && (definition.route.security?.length ?? 0) > 0
      ? [{ method: definition.route.method.toUpperCase(), path: definition.route.path.replace(/\{(\w+)\}/g, ':$1') }]
      : [],
  );
}

const bodiless = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Hono's `/rest/*` pattern: /rest itself and everything under it. */
export const isRestPath = (path: string): boolean => path === '/rest' || path.startsWith('/rest/');

/** A REST request's error as problem+json; the app's `onError` sends REST paths here. */
export function restErrorResponse(error: Error, c: Context<AppEnv>, deps: AppDeps): Response {
  const context = c as unknown as Context<RestEnv>;
  if (!context.get('deps')) context.set('deps', deps);
  return problemFromError(error, context);
}

/** The REST API under /rest and its OpenAPI 3.1 document at /openapi.json (the /docs page is web's). */
export function mountRest(app: Hono<AppEnv>, deps: AppDeps): void {
  const rest = new OpenAPIHono<RestEnv>();
  // The unread rest of the body is still on its way: close the connection rather than reuse it.
  const capBody = bodyCap((c) =>
    problemResponse(c as Context<RestEnv>, {
      status: 413,
      kind: 'content-too-large',
      detail: `The request body is larger than ${maxBodyBytes} bytes (1 MiB).`,
      headers: { Connection: 'close' },
    }),
  );
  const notUtf8 = (c: Context) =>
    problemResponse(c as Context<RestEnv>, { status: 400, kind: 'malformed-json', detail: 'The request body is not valid UTF-8, which JSON must be.' });
  const etags = conditionalGet();
  // One middleware rather than three in a row: each layer is another promise per request.
  rest.use('/rest/*', (c, next) => {
    c.set('deps', deps);
    const method = c.req.method;
    if (method !== 'OPTIONS' && !acceptsJson(c.req.header('accept'))) return Promise.resolve(notAcceptable(c));
    if (!bodiless.has(method)) return capBody(c, () => isUtf8JsonBody(c).then((utf8) => (utf8 ? next() : void (c.res = notUtf8(c)))));
    return method === 'OPTIONS' ? next() : etags(c, next);
  });
  const routes = createRestRoutes();
  for (const { method, path } of privateOperations(routes)) rest.on(method, path, privateResource);
  rest.use('/rest/auth/*', noStore);
  // Failures on purpose (X-Playground-Fail, the shop's switches) carry the asked status, 400–599.
  rest.use('/rest/*', injectFaults('rest', (c, f) => problemResponse(c as Context<RestEnv>, { status: f.status as ProblemStatus, title: f.title, code: f.code, kind: 'injected-failure', detail: f.message })));

  rest.route('/', routes);
  rest.all('/rest/*', createUnmatchedHandler(routes));
  app.route('/', rest);

  // Built on first request, not at start: it is ~40 ms that the first REST answer need not wait for.
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  app.get('/openapi.json', (c) => {
    document ??= buildOpenApiDocument();
    // Absolute, with the sandbox prefix: generated snippets and clients then run as shown.
    const url = `${ownOrigin(c.req.raw, deps.trustProxy)}${shopOf(c).prefix}`;
    return c.json({ ...document, servers: [{ url, description: 'This server (and shop)' }] });
  });
}
