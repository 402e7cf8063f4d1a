import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Scalar } from '@scalar/hono-api-reference';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

/**
 * Scalar's browser bundle, vendored (see vendor/scalar-api-reference/README.md): the docs page
 * must work offline, so no CDN. Same depth from src/web and dist/web, so both find it.
 */
export const scalarBundlePath = fileURLToPath(new URL('../../vendor/scalar-api-reference/standalone.js', import.meta.url));

/**
 * Read by Scalar but left out of its published type: hides the developer toolbar, whose
 * "Share" and "Deploy" buttons talk to Scalar's cloud.
 */
const withoutToolbar = { showToolbar: 'never' } as Record<string, unknown>;

/** `/docs`: the Scalar API reference for /openapi.json, with its script served from here. */
export function mountDocsPage(app: Hono<AppEnv>): void {
  // Streamed from disk on each request (browsers cache it a day): 3.5 MB not held in memory.
  app.get('/docs/scalar.js', async (c) => {
    const { size } = await stat(scalarBundlePath);
    const body = Readable.toWeb(createReadStream(scalarBundlePath)) as ReadableStream<Uint8Array>;
    return c.body(body, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Length': String(size),
      'Cache-Control': 'public, max-age=86400',
    });
  });
  app.get(
    '/docs',
    Scalar({
      ...withoutToolbar,
      // Relative, so a sandbox's /s/{id}/docs reads that sandbox's document and bundle path.
      url: 'openapi.json',
      cdn: 'docs/scalar.js',
      pageTitle: 'API Playground — REST API reference',
      // Fonts would come from Scalar's servers; the page uses the system fonts instead.
      withDefaultFonts: false,
      telemetry: false,
      // Scalar's AI agent fetches from its cloud; this page must stay on this server.
      agent: { disabled: true },
      // No `authentication.preferredSecurityScheme`: with it, Try-it sends an empty `Authorization: Bearer`
      // until a token is pasted, and public operations answer 401. After a login from the console, the
      // session cookie authenticates the operations that need it.
      defaultOpenAllTags: false,
      showOperationId: true,
    }),
  );
}
