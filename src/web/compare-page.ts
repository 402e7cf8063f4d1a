import type { Context } from 'hono';
import { html } from 'hono/html';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where `npm run compare` writes the HTML report (its default --out directory, git-ignored). */
export const localComparisonReportPath = fileURLToPath(new URL('../../reports/local/comparison.html', import.meta.url));
/** The committed reference report (`npm run compare -- --save`). */
export const defaultComparisonReportPath = fileURLToPath(new URL('../../reports/comparison.html', import.meta.url));

const missingReportPage = html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>No comparison report yet — API Playground</title>
    <style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; padding: 0 1rem; color: #1d2433; } code { background: #f1f4f8; padding: .1rem .3rem; border-radius: .25rem; }</style>
  </head>
  <body>
    <h1>No comparison report yet</h1>
    <p>The report compares REST, GraphQL and SOAP on the same scenarios: round trips, bytes on the wire, latency,
      over-fetching, client code and type safety. Generate it from the project directory with</p>
    <p><code>npm run compare</code></p>
    <p>then reload this page. <a href="/">Back to the home page</a>.</p>
  </body>
</html>`;

/** The first of the files that exists, or undefined when none does. */
async function readFirst(paths: readonly string[]): Promise<string | undefined> {
  for (const path of paths) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}

/**
 * GET /compare: the learner's own latest run (reports/local/) when there is one, else the
 * committed reference report; read from disk on every request so a new `npm run compare` shows
 * without a restart; a page saying how to make one when there is neither.
 */
export function createComparePageHandler(reportPaths: readonly string[] = [localComparisonReportPath, defaultComparisonReportPath]) {
  return async (c: Context) => {
    c.header('Cache-Control', 'no-cache');
    const report = await readFirst(reportPaths);
    return report === undefined ? c.html(missingReportPage, 404) : c.html(report);
  };
}
