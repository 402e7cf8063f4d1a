import type { Handler, Hono } from 'hono';
import { problemResponse } from './problem.js';
import type { RestEnv } from './rest-env.js';

/**
 * The last REST handler: a path we serve with another method is 405 with `Allow`
 * (OPTIONS answers with just `Allow`); any other /rest path is a 404 problem.
 */
export function createUnmatchedHandler(routes: Hono<RestEnv>): Handler<RestEnv> {
  const methodsByPattern = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  for (const { method, path } of routes.routes) {
    if (method === 'ALL') continue;
    const entry = methodsByPattern.get(path) ?? {
      pattern: new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}$`),
      methods: new Set<string>(),
    };
    entry.methods.add(method.toUpperCase());
    if (method.toUpperCase() === 'GET') entry.methods.add('HEAD');
    methodsByPattern.set(path, entry);
  }

  return (c) => {
    const allowed = new Set<string>();
    for (const { pattern, methods } of methodsByPattern.values()) {
      if (pattern.test(c.req.path)) methods.forEach((method) => allowed.add(method));
    }
    if (allowed.size === 0) {
      return problemResponse(c, { status: 404, detail: `There is no resource at ${c.req.path}. See /docs for the API.`, kind: 'no-such-path' });
    }
    const allow = [...allowed, 'OPTIONS'].join(', ');
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
    return problemResponse(c, {
      status: 405,
      kind: 'method-not-allowed',
      detail: `${c.req.method} is not supported on ${c.req.path}; use ${allow}.`,
      headers: { Allow: allow },
    });
  };
}
