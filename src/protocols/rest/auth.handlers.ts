import type { OpenAPIHono } from '@hono/zod-openapi';
import { clientAddress } from '../../http/client-address.js';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie.js';
import * as routes from './auth.routes.js';
import { actorOf, servicesOf, type RestEnv, shopPath } from './rest-env.js';

export function registerAuthRoutes(router: OpenAPIHono<RestEnv>): void {
  router.openapi(routes.register, async (c) => {
    const { trustProxy, trustProxyHops } = c.get('deps');
    const customer = await servicesOf(c).customers.register(c.req.valid('json'), { clientAddress: clientAddress(c, trustProxy, trustProxyHops) });
    c.header('Location', shopPath(c, `/rest/customers/${customer.id}`));
    return c.json(customer, 201);
  });

  // Login ignores any credentials sent along: an expired cookie must not block logging in again.
  router.openapi(routes.login, async (c) => {
    const { trustProxy, trustProxyHops } = c.get('deps');
    const { token, customer, expiresAt, sessionEndsAt } = await servicesOf(c).auth.login({
      ...c.req.valid('json'),
      clientAddress: clientAddress(c, trustProxy, trustProxyHops),
    });
    setSessionCookie(c, token, trustProxy);
    return c.json({ token, tokenType: 'Bearer' as const, expiresAt, sessionEndsAt, customer }, 200);
  });

  router.openapi(routes.logout, (c) => {
    servicesOf(c).auth.logout(actorOf(c));
    clearSessionCookie(c, c.get('deps').trustProxy);
    return c.body(null, 204);
  });

  router.openapi(routes.getMe, (c) => c.json(servicesOf(c).customers.me(actorOf(c)), 200));
}
