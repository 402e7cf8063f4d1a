import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Scalar } from '@scalar/hono-api-reference';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

/** Scalar's browser bundle from node_modules: the docs page must work offline, so no CDN. */
const scalarBundlePath = createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js');

/**
 * Read by Scalar but left out of its published type: hides the developer toolbar, whose
 * "Share" and "Deploy" buttons talk to Scalar's cloud.
 */
const withoutToolbar = { showToolbar: 'never' } as Record<string, unknown>;

/** `/docs`: the Scalar API reference for /openapi.json, with its script served from here. */
export function mountDocsPage(app: Hono<AppEnv>): void {
  let bundle: Promise<string> | undefined;
  app.get('/docs/scalar.js', async (c) => {
    bundle ??= readFile(scalarBundlePath, 'utf8').catch((error: unknown) => {
      bundle = undefined; // try again on the next request
      throw error;
    });
    const script = await bundle;
    return c.body(script, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
    });
  });
  app.get(
    '/docs',
    Scalar({
      ...withoutToolbar,
      url: '/openapi.json',
      cdn: '/docs/scalar.js',
      pageTitle: 'API Playground — REST API reference',
      // Fonts would come from Scalar's servers; the page uses the system fonts instead.
      withDefaultFonts: false,
      telemetry: false,
      // Scalar's AI agent fetches from its cloud; this page must stay on this server.
      agent: { disabled: true },
      authentication: { preferredSecurityScheme: 'bearerAuth' },
      defaultOpenAllTags: false,
      showOperationId: true,
    }),
  );
}
