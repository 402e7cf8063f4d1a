import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import type { Exchange } from '../recording/exchange.js';
import { faultSettingsInput } from '../recording/fault-switches.js';
import { renderInspectPage } from './inspect-page.js';

export const maxListedExchanges = 200;
const keepAliveMs = 15_000;

function problem(c: Context<AppEnv>, detail: string, errors: { path: string; message: string }[] = []): Response {
  const body = {
    type: 'urn:api-playground:problem:validation-failed',
    title: 'Bad Request',
    status: 400,
    detail,
    instance: c.req.path,
    code: 'VALIDATION_FAILED',
    errors,
    requestId: c.get('requestId'),
  };
  return c.body(JSON.stringify(body), 400, { 'content-type': 'application/problem+json' });
}

/** `?limit=N` (1..200, default 50), or an error message. */
function limitOf(raw: string | undefined): number | string {
  if (raw === undefined) return 50;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > maxListedExchanges) {
    return `limit must be a whole number from 1 to ${maxListedExchanges}; got "${raw.slice(0, 20)}".`;
  }
  return Number(raw);
}

/**
 * The wire inspector of the request's shop: the page, its records as JSON (newest first), a live
 * event stream of new ones (resuming after Last-Event-ID), and the shop's fault switches.
 */
export function mountInspect(app: Hono<AppEnv>, deps: AppDeps): void {
  app.get('/inspect', (c) => c.html(renderInspectPage({ prefix: c.get('shop').prefix })));

  app.get('/inspect/exchanges', (c) => {
    const limit = limitOf(c.req.query('limit'));
    if (typeof limit === 'string') return problem(c, limit, [{ path: 'limit', message: limit }]);
    return c.json(c.get('shop').recorder.list(limit), 200, { 'cache-control': 'no-store' });
  });

  app.get('/inspect/events', (c) => {
    const { recorder } = c.get('shop');
    const resumeFrom = c.req.header('last-event-id') ?? c.req.query('after');
    const lastSeen = Number(resumeFrom ?? 0) || 0;
    c.header('cache-control', 'no-store');
    return streamSSE(c, async (stream) => {
      let end: () => void = () => undefined;
      const ended = new Promise<void>((resolve) => (end = resolve));
      const send = (exchange: Exchange) => stream.writeSSE({ id: String(exchange.id), event: 'exchange', data: JSON.stringify(exchange) });
      // Subscribed before the backlog is read: what is recorded while it is sent joins the queue.
      let sentUpTo = lastSeen;
      const queue: Exchange[] = resumeFrom !== undefined ? recorder.list().filter((exchange) => exchange.id > lastSeen).reverse() : [];
      let live = false;
      const unsubscribe = recorder.subscribe((exchange) => {
        if (!live) queue.push(exchange);
        else void send(exchange);
      });
      const unregister = deps.endOnClose?.(() => end()) ?? (() => undefined);
      stream.onAbort(() => end());
      const ping = setInterval(() => void stream.write(': keep-alive\n\n'), keepAliveMs);
      try {
        for (let index = 0; index < queue.length; index += 1) {
          const exchange = queue[index] as Exchange;
          if (exchange.id <= sentUpTo) continue;
          await send(exchange);
          sentUpTo = exchange.id;
        }
        live = true;
        await stream.write(': live\n\n');
        await ended;
      } finally {
        clearInterval(ping);
        unsubscribe();
        unregister();
      }
    });
  });

  app.get('/inspect/faults', (c) => c.json(c.get('shop').faults.get(), 200, { 'cache-control': 'no-store' }));

  app.put('/inspect/faults', async (c) => {
    if (!(c.req.header('content-type') ?? '').startsWith('application/json')) return problem(c, 'Send the switches as application/json.');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return problem(c, 'The request body is not valid JSON.');
    }
    const parsed = faultSettingsInput.safeParse(body);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      return problem(c, `Invalid fault switches: ${errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`, errors);
    }
    return c.json(c.get('shop').faults.set(parsed.data));
  });
}
