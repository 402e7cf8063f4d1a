import type { OpenAPIHono } from '@hono/zod-openapi';
import { orderSortFields } from '../../domain/queries.js';
import { setListHeaders } from './list-headers.js';
import { parseSortParam } from './list-query.js';
import { withFieldNames, withoutFilterPrefix } from '../../services/validate.js';
import { withoutUndefined } from '../../domain/objects.js';
import * as routes from './orders.routes.js';
import { actorOf, servicesOf, type RestEnv, shopPath } from './rest-env.js';

export function registerOrderRoutes(router: OpenAPIHono<RestEnv>): void {
  router.openapi(routes.listOrders, (c) => {
    const { sort, limit, offset, ...filter } = c.req.valid('query');
    const query = { filter: withoutUndefined(filter), sort: parseSortParam(sort, orderSortFields), limit, offset };
    const page = withFieldNames(withoutFilterPrefix, () => servicesOf(c).orders.listOrders(actorOf(c), withoutUndefined(query)));
    setListHeaders(c, page);
    return c.json(page, 200);
  });

  router.openapi(routes.getOrder, (c) => c.json(servicesOf(c).orders.getOrder(actorOf(c), c.req.valid('param').id), 200));

  router.openapi(routes.placeOrder, (c) => {
    const order = servicesOf(c).orders.placeOrder(actorOf(c), c.req.valid('json'));
    c.header('Location', shopPath(c, `/rest/orders/${order.id}`));
    return c.json(order, 201);
  });

  router.openapi(routes.cancelOrder, (c) =>
    c.json(servicesOf(c).orders.cancelOrder(actorOf(c), c.req.valid('param').id), 200),
  );

  router.openapi(routes.updateOrderStatus, (c) => {
    const order = servicesOf(c).orders.updateOrderStatus(actorOf(c), c.req.valid('param').id, c.req.valid('json').status);
    return c.json(order, 200);
  });
}
