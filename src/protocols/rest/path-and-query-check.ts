import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { ZodType } from 'zod';
import type { RestEnv } from './rest-env.js';
import { validationHook } from './validation-hook.js';

/** The query string as hono/validator hands it to a schema: one value as a string, repeats as an array. */
function queryOf(c: Context): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(c.req.queries())) query[name] = values.length === 1 ? (values[0] as string) : values;
  return query;
}

/**
 * The query and path checks of @hono/zod-validator, as one synchronous middleware: the same
 * schemas, the same order (query, then path), the same hook and the same validated data, but
 * without two async middlewares and zod's async parse per request (no schema here is async).
 */
function checkPathAndQuery(query: ZodType | undefined, params: ZodType | undefined): MiddlewareHandler<RestEnv> {
  const parts = [
    ...(query ? [{ target: 'query' as const, schema: query, read: queryOf }] : []),
    ...(params ? [{ target: 'param' as const, schema: params, read: (c: Context) => c.req.param() as Record<string, string> }] : []),
  ];
  return (c, next) => {
    for (const { target, schema, read } of parts) {
      const data = read(c);
      const result = schema.safeParse(data);
      const refusal = validationHook({ data, ...result, target } as never, c as never);
      if (refusal instanceof Response) return Promise.resolve(refusal);
      if (result.success) c.req.addValidatedData(target, result.data as never);
    }
    return next();
  };
}

/**
 * Makes `router.openapi(route, handler)` check a route's query and path parameters with
 * `checkPathAndQuery` instead of the library's validators. The route is documented exactly as
 * before (same place in the document); bodies are still checked by the library.
 */
export function useFastPathAndQueryChecks(router: OpenAPIHono<RestEnv>): void {
  const register = router.openapi;
  router.openapi = ((route, handler, hook) => {
    const { query, params, ...others } = route.request ?? {};
    if ((!query && !params) || hook || route.hide || route.middleware) return register(route, handler, hook);
    router.openAPIRegistry.registerPath(route);
    const check = checkPathAndQuery(query as ZodType | undefined, params as ZodType | undefined);
    return register({ ...route, hide: true, request: others, middleware: [check] }, handler);
  }) as typeof router.openapi;
}
