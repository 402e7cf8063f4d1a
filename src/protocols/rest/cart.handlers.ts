import type { OpenAPIHono } from '@hono/zod-openapi';
import * as routes from './cart.routes.js';
import { actorOf, servicesOf, type RestEnv, shopPath } from './rest-env.js';

export function registerCartRoutes(router: OpenAPIHono<RestEnv>): void {
  router.openapi(routes.getCart, (c) => c.json(servicesOf(c).cart.getCart(actorOf(c)), 200));

  router.openapi(routes.setCartItem, (c) => {
    const cart = servicesOf(c).cart.setCartItem(actorOf(c), c.req.valid('param').productId, c.req.valid('json').quantity);
    return c.json(cart, 200);
  });

  router.openapi(routes.removeCartItem, (c) => {
    servicesOf(c).cart.removeCartItem(actorOf(c), c.req.valid('param').productId);
    return c.body(null, 204);
  });

  router.openapi(routes.checkout, (c) => {
    const order = servicesOf(c).cart.checkout(actorOf(c));
    c.header('Location', shopPath(c, `/rest/orders/${order.id}`));
    return c.json(order, 201);
  });
}
