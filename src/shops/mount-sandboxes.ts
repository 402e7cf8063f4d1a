import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { demoAccounts } from '../domain/demo-accounts.js';
import { isShopError } from '../domain/errors.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { clientAddress } from '../http/client-address.js';
import { bearerToken } from '../http/resolve-actor.js';
import { ownOrigin } from '../http/request-origin.js';
import { createRateLimiter } from '../services/rate-limiter.js';
import { systemClock } from '../services/clock.js';
import type { SandboxInfo } from './shop-registry.js';

const statusOf: Record<string, number> = { RATE_LIMITED: 429, CONFLICT: 409, NOT_FOUND: 404, UNAUTHENTICATED: 401 };

function problem(c: Context, status: number, code: string, detail: string, headers: Record<string, string> = {}): Response {
  const body = { type: 'about:blank', title: code === 'NOT_FOUND' ? 'Not Found' : 'Sandbox request refused', status, code, detail };
  return c.body(JSON.stringify(body), status as 404, { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers });
}

/** The demo accounts every sandbox starts with (its own copies: a lockout there stays there). */
const sandboxAccounts = [
  { role: 'customer', email: demoAccounts.customer.email, password: demoAccounts.customer.password },
  { role: 'admin', email: demoAccounts.admin.email, password: demoAccounts.admin.password },
];

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Sandboxes over HTTP: `POST /sandboxes` creates one (a form post from the home page is sent
 * on to the new sandbox's home page), `POST /s/{id}/reset` and `DELETE /s/{id}` reset and
 * remove it, and with INSTRUCTOR_TOKEN set, `GET /sandboxes` lists them for the instructor.
 * Paths here are shop-relative: `/s/{id}/reset` arrives as `/reset` with the sandbox's shop.
 */
export function mountSandboxes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { shops, sandboxes: settings, trustProxy } = deps;
  const creations = createRateLimiter(settings.clock ?? systemClock, { limit: settings.createPerHour, windowMs: 3_600_000 });
  const isShared = (c: Context<AppEnv>) => c.get('shop') === shops.shared;

  app.post('/sandboxes', (c) => {
    if (!isShared(c)) return problem(c, 404, 'NOT_FOUND', 'Sandboxes are created at the top level: POST /sandboxes.');
    let created: SandboxInfo;
    try {
      creations.hit(clientAddress(c, trustProxy), 'sandboxes created from your address');
      created = shops.create();
    } catch (error) {
      if (!isShopError(error)) throw error;
      const retry: Record<string, string> = error.retryAfterSeconds === undefined ? {} : { 'retry-after': String(error.retryAfterSeconds) };
      return problem(c, statusOf[error.code] ?? 400, error.code, error.message, retry);
    }
    const path = `/s/${created.id}/`;
    if ((c.req.header('accept') ?? '').includes('text/html')) return c.redirect(path, 303);
    const url = `${ownOrigin(c.req.raw, trustProxy)}${path}`;
    return c.json({ id: created.id, url, expiresAt: created.expiresAt, accounts: sandboxAccounts }, 201, { location: path, 'cache-control': 'no-store' });
  });

  app.get('/sandboxes', (c) => {
    const token = settings.instructorToken;
    // Without an instructor token the list does not exist; with a wrong one, it still does not.
    if (!isShared(c) || token === undefined || !sameSecret(bearerToken(c.req.header('authorization')), token)) {
      return problem(c, 404, 'NOT_FOUND', 'Not found.');
    }
    return c.json({ items: shops.list(), max: settings.max }, 200, { 'cache-control': 'no-store' });
  });

  app.post('/reset', (c) => {
    const id = c.get('shop')?.id;
    if (id === undefined || !shops.reset(id)) return problem(c, 404, 'NOT_FOUND', 'Only a sandbox can be reset: POST /s/{id}/reset.');
    if ((c.req.header('accept') ?? '').includes('text/html')) return c.redirect(`/s/${id}/`, 303);
    return c.json({ ...shops.info(id), accounts: sandboxAccounts }, 200, { 'cache-control': 'no-store' });
  });

  app.delete('/', (c) => {
    const id = c.get('shop')?.id;
    if (id === undefined || !shops.remove(id)) return problem(c, 404, 'NOT_FOUND', 'Only a sandbox can be removed: DELETE /s/{id}.');
    return c.body(null, 204);
  });
}

export { sandboxAccounts };
