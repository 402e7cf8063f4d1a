import type { Context, MiddlewareHandler } from 'hono';
import { getPath as honoGetPath } from 'hono/utils/url';
import { ShopError } from '../domain/errors.js';
import type { ShopRegistry } from './shop-registry.js';
import type { Shop } from './shop.js';

/**
 * The path the routes see: `/s/{id}/rest/products` is routed as `/rest/products`, so every
 * route serves every shop. The raw URL keeps the prefix, and so does every URL we write.
 */
export function shopRelativePath(request: Request): string {
  const path = honoGetPath(request);
  if (!path.startsWith('/s/')) return path;
  const rest = path.indexOf('/', 3);
  return rest === -1 ? '/' : path.slice(rest);
}

/** The sandbox id in the raw URL (`/s/{id}/...`), or undefined for the shared shop's paths. */
function sandboxIdOf(url: string): string | undefined {
  const start = url.indexOf('/', url.indexOf(':') + 3);
  if (!url.startsWith('/s/', start)) return undefined;
  let end = start + 3;
  while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#') end += 1;
  return url.slice(start + 3, end);
}

const protocolPaths = /^\/(rest|graphql|soap)(\/|$)/;

/**
 * Finds the request's shop once, at the edge. An unknown or expired sandbox leaves no shop on
 * the context: each protocol then answers 404 in its own shape (`shopOf` throws NOT_FOUND where
 * its errors are handled); the pages get a plain 404 here.
 */
export function findShop(registry: ShopRegistry): MiddlewareHandler {
  // Not async: an extra promise per request on every path is measurable on the hot paths.
  return (c, next) => {
    const id = sandboxIdOf(c.req.url);
    const shop = id === undefined ? registry.shared : registry.find(id);
    if (shop) c.set('shop', shop);
    else if (!protocolPaths.test(c.req.path)) return Promise.resolve(noSuchSandbox(c));
    return next();
  };
}

export const noSuchSandboxMessage =
  'There is no sandbox with this id: it may have expired or been removed. Create one with POST /sandboxes.';

/** The request's shop; NOT_FOUND (in the caller's protocol) when the sandbox id is unknown. */
export function shopOf(c: Context): Shop {
  const shop = c.get('shop') as Shop | undefined;
  if (!shop) throw new ShopError('NOT_FOUND', noSuchSandboxMessage);
  return shop;
}

/** A browser gets a page with a way on; anything else (openapi.json, /health, scripts) a problem. */
function noSuchSandbox(c: Context): Response | Promise<Response> {
  if ((c.req.header('accept') ?? '').includes('text/html')) return c.html(noSuchSandboxPage, 404);
  const problem = { type: 'about:blank', title: 'Not Found', status: 404, code: 'NOT_FOUND', detail: noSuchSandboxMessage };
  return c.body(JSON.stringify(problem), 404, { 'content-type': 'application/problem+json' });
}

const noSuchSandboxPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No such sandbox</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>No such sandbox</h1><p>This sandbox does not exist: it may have expired after a quiet day, or been removed.</p>
<form method="post" action="/sandboxes"><button type="submit">Create a new sandbox</button></form>
<p><a href="/">Back to the shared shop</a></p></body></html>`;
