import type { OpenAPIHono } from '@hono/zod-openapi';
import * as routes from './categories.routes.js';
import { setListHeaders } from './list-headers.js';
import { servicesOf, type RestEnv } from './rest-env.js';

export function registerCategoryRoutes(router: OpenAPIHono<RestEnv>): void {
  router.openapi(routes.listCategories, (c) => {
    const items = servicesOf(c).catalog.listCategories();
    const page = { items, total: items.length, limit: items.length, offset: 0 };
    setListHeaders(c, page);
    return c.json(page, 200);
  });

  router.openapi(routes.getCategory, (c) => {
    return c.json(servicesOf(c).catalog.getCategory(c.req.valid('param').id), 200);
  });
}
