import type { OpenAPIHono } from '@hono/zod-openapi';
import * as routes from './customers.routes.js';
import { setListHeaders } from './list-headers.js';
import { withoutUndefined } from '../../domain/objects.js';
import { actorOf, servicesOf, type RestEnv } from './rest-env.js';

export function registerCustomerRoutes(router: OpenAPIHono<RestEnv>): void {
  router.openapi(routes.listCustomers, (c) => {
    const page = servicesOf(c).customers.listCustomers(actorOf(c), withoutUndefined(c.req.valid('query')));
    setListHeaders(c, page);
    return c.json(page, 200);
  });

  router.openapi(routes.getCustomer, (c) =>
    c.json(servicesOf(c).customers.getCustomer(actorOf(c), c.req.valid('param').id), 200),
  );
}
