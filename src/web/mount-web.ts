import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { createComparePageHandler } from './compare-page.js';
import { mountDocsPage } from './docs-page.js';
import { mountExplore } from './explore-route.js';
import { renderHomePage } from './home-page.js';
import { mountInspect } from './inspect-routes.js';

/** The pages: home, the REST docs console, the comparison report, explorer, inspector, and the health check. */
export function mountWeb(app: Hono<AppEnv>, deps: AppDeps): void {
  const startedAt = Date.now();
  app.get('/', (c) => {
    const shop = c.get('shop');
    const sandbox = shop.id === undefined ? undefined : deps.shops.info(shop.id);
    return c.html(renderHomePage(new URL(c.req.url).origin, { prefix: shop.prefix, sandbox }));
  });
  mountDocsPage(app);
  app.get('/compare', createComparePageHandler());
  mountExplore(app, deps);
  mountInspect(app, deps);
  app.get('/health', (c) => {
    let database = false;
    try {
      database = c.get('shop').services.health().database;
    } catch (error) {
      deps.logger.error('health check failed', { error: String(error) });
    }
    return c.json(
      { status: database ? 'ok' : 'degraded', database: database ? 'ok' : 'unavailable', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
      database ? 200 : 503,
    );
  });
}
