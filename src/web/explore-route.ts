import type { IncomingMessage } from 'node:http';
import type { Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { comparedScenarios } from './compared-scenarios.js';
import { renderExplorePage } from './explore-page.js';
import { exploreAccounts, type ExploreAccount } from './explore-accounts.js';

/** Each run starts a proxy, a SOAP client and maybe a password check: a few at a time. */
const maxConcurrentRuns = 3;
const maxBodyBytes = 4096;

type FieldError = { path: string; message: string };
const titles = { 400: 'Bad Request', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable' } as const;

function problem(c: Context<AppEnv>, status: 400 | 413 | 415 | 422 | 429 | 500 | 503, code: string, detail: string, errors: FieldError[] = []) {
  const body = { type: `urn:api-playground:problem:${code.toLowerCase().replaceAll('_', '-')}`, title: titles[status], status, detail, instance: c.req.path, code, errors, requestId: c.get('requestId') };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json', ...(status === 429 ? { 'retry-after': '2' } : {}) });
}

/** The request's shop prefix once shops are on the context; '' (the shared shop) until then. */
const shopPrefix = (c: Context<AppEnv>): string => (c.var as { shop?: { prefix?: string } }).shop?.prefix ?? '';

/**
 * Where this server listens, from the socket the request came in on: the run talks to this very
 * process even behind a TLS-terminating proxy. Without a socket (in-process requests), the URL's.
 */
function ownAddress(c: Context<AppEnv>): { host: string; port: number } | undefined {
  const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
  if (socket?.localAddress && socket.localPort) return { host: socket.localAddress.replace(/^::ffff:/, ''), port: socket.localPort };
  const url = new URL(c.req.url);
  return url.protocol === 'http:' ? { host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 80) } : undefined;
}

function parseRun(body: unknown): { scenario: string; account: ExploreAccount } | FieldError[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [{ path: '', message: 'Send a JSON object: { "scenario": "<id>", "account"?: "customer" | "admin" }.' }];
  const { scenario, account = 'anonymous', ...rest } = body as Record<string, unknown>;
  const errors: FieldError[] = Object.keys(rest).map((key) => ({ path: key, message: 'Unknown field.' }));
  if (typeof scenario !== 'string' || !Object.hasOwn(comparedScenarios, scenario)) errors.push({ path: 'scenario', message: `One of: ${Object.keys(comparedScenarios).join(', ')}.` });
  if (!exploreAccounts.includes(account as ExploreAccount)) errors.push({ path: 'account', message: `One of: ${exploreAccounts.join(', ')}.` });
  return errors.length > 0 ? errors : { scenario: scenario as string, account: account as ExploreAccount };
}

/** GET /explore (the page) and POST /explore/runs (one scenario through the three clients). */
export function mountExplore(app: Hono<AppEnv>, deps: AppDeps): void {
  let running = 0;
  app.get('/explore', (c) => c.html(renderExplorePage({ prefix: shopPrefix(c) })));

  app.post('/explore/runs', async (c) => {
    // JSON only: a cross-site form cannot start runs without a CORS preflight, which fails.
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) return problem(c, 415, 'VALIDATION_FAILED', 'Send the run as application/json.');
    if (Number(c.req.header('content-length') ?? 0) > maxBodyBytes) return problem(c, 413, 'VALIDATION_FAILED', `The body is larger than ${maxBodyBytes} bytes.`);
    const text = await c.req.text();
    if (Buffer.byteLength(text) > maxBodyBytes) return problem(c, 413, 'VALIDATION_FAILED', `The body is larger than ${maxBodyBytes} bytes.`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return problem(c, 400, 'VALIDATION_FAILED', 'The body is not valid JSON.');
    }
    const input = parseRun(body);
    if (Array.isArray(input)) return problem(c, 422, 'VALIDATION_FAILED', 'The run request is invalid.', input);
    const target = ownAddress(c);
    if (!target) return problem(c, 503, 'INTERNAL', 'This server cannot reach itself over plain HTTP here.');
    if (running >= maxConcurrentRuns) return problem(c, 429, 'RATE_LIMITED', 'Too many explorer runs at once; try again in a moment.');
    running += 1;
    try {
      // Loaded on the first run: the three clients (node-soap among them) are not the server's to carry at start.
      const { findScenario, runExplorer } = await import('./explore-runner.js');
      const scenario = findScenario(input.scenario);
      if (!scenario) return problem(c, 422, 'VALIDATION_FAILED', 'The run request is invalid.', [{ path: 'scenario', message: 'Unknown scenario.' }]);
      const result = await runExplorer({ target, prefix: shopPrefix(c), scenario, account: input.account });
      return c.json(result, 200, { 'cache-control': 'no-store' });
    } catch (error) {
      deps.logger.error('explorer run failed', { requestId: c.get('requestId'), scenario: input.scenario, error: String(error) });
      return problem(c, 500, 'INTERNAL', `The run could not complete; it has been logged. Quote request id ${c.get('requestId')} when reporting it.`);
    } finally {
      running -= 1;
    }
  });
}
