import { OpenAPIHono } from '@hono/zod-openapi';
import { registerAuthRoutes } from './auth.handlers.js';
import { registerCartRoutes } from './cart.handlers.js';
import { registerCategoryRoutes } from './categories.handlers.js';
import { registerCustomerRoutes } from './customers.handlers.js';
import { registerOrderRoutes } from './orders.handlers.js';
import { useFastPathAndQueryChecks } from './path-and-query-check.js';
import { registerProductRoutes } from './products.handlers.js';
import type { RestEnv } from './rest-env.js';
import { validationHook } from './validation-hook.js';

/**
 * Every REST route: contract + handler, nothing else. It needs no dependencies to build
 * (handlers read them from the request context), so the OpenAPI document comes from this
 * same table, offline.
 */
export function createRestRoutes(): OpenAPIHono<RestEnv> {
  const routes = new OpenAPIHono<RestEnv>({ defaultHook: validationHook });
  useFastPathAndQueryChecks(routes);
  registerCategoryRoutes(routes);
  registerProductRoutes(routes);
  registerAuthRoutes(routes);
  registerOrderRoutes(routes);
  registerCartRoutes(routes);
  registerCustomerRoutes(routes);
  routes.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'The `token` from `POST /rest/auth/login`, sent as `Authorization: Bearer <token>`.',
  });
  routes.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'shop_session',
    description:
      'Set by `POST /rest/auth/login` for browsers. Writes authenticated by this cookie must come from this site (CSRF protection).',
  });
  return routes;
}
