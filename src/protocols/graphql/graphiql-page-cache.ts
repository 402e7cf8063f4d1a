import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphiQLOptions } from 'graphql-yoga';

/** Stands for the endpoint in the rendered page; the page is split around it. */
export const endpointMarker = '__SHOP_GRAPHIQL_ENDPOINT__';

/** A rendered GraphiQL page on disk: its fixed head (as is and raw-deflated), and its short tail in memory. */
export interface CachedGraphiQLPage {
  headPath: string;
  headBytes: number;
  /** The head as raw deflate blocks ending in a full flush: a gzip body can go on after it. */
  deflatedHeadPath: string;
  deflatedHeadBytes: number;
  /** CRC-32 of the head, for the gzip trailer. */
  headCrc: number;
  /** What follows the endpoint: the rest of GraphiQL's options and the closing tags. */
  tail: string;
}

/**
 * Runs in a child process (CommonJS, given as text so dist/ and tsx run the same code): loads
 * the renderer, renders, splits at the marker, writes the head twice (plain and deflated) and
 * the description last, each under a temporary name renamed into place. The renderer's ~36 MB
 * and the ~9 MB page leave with the process. A worker thread was tried first: after it exited
 * the server kept ~25 MB more than with the page already cached (freed, but not given back).
 */
const renderSource = `
const job = JSON.parse(process.env.SHOP_GRAPHIQL_RENDER);
const { mkdirSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const zlib = require('node:zlib');
const { dir, modulePath, options, marker } = job;
const html = Buffer.from(require(modulePath).renderGraphiQL(options));
const at = html.indexOf(marker);
if (at === -1 || html.indexOf(marker, at + 1) !== -1) throw new Error('the endpoint marker is not in the page exactly once');
const head = html.subarray(0, at);
const deflated = zlib.deflateRawSync(head, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
mkdirSync(dir, { recursive: true });
const put = (name, data) => {
  const temporary = join(dir, name + '.' + process.pid + '.tmp');
  writeFileSync(temporary, data);
  renameSync(temporary, join(dir, name));
};
put('head.html', head);
put('head.deflate', deflated);
put('page.json', JSON.stringify({ headBytes: head.length, deflatedHeadBytes: deflated.length, headCrc: zlib.crc32(head), tail: html.subarray(at + marker.length).toString() }));
`;

function cacheDirFor(options: GraphiQLOptions, modulePath: string): string {
  const require = createRequire(import.meta.url);
  const { version } = require('@graphql-yoga/render-graphiql/package.json') as { version: string };
  const key = createHash('sha256').update(JSON.stringify([version, modulePath, options, endpointMarker])).digest('hex').slice(0, 16);
  return join(tmpdir(), `api-playground-graphiql-${key}`);
}

async function readCached(dir: string): Promise<CachedGraphiQLPage | undefined> {
  try {
    const page = JSON.parse(await readFile(join(dir, 'page.json'), 'utf8')) as Omit<CachedGraphiQLPage, 'headPath' | 'deflatedHeadPath'>;
    return { ...page, headPath: join(dir, 'head.html'), deflatedHeadPath: join(dir, 'head.deflate') };
  } catch {
    return undefined;
  }
}

function renderInChild(dir: string, modulePath: string, options: GraphiQLOptions): Promise<void> {
  const job = JSON.stringify({ dir, modulePath, options, marker: endpointMarker });
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', renderSource], { env: { ...process.env, SHOP_GRAPHIQL_RENDER: job } }, (error, _stdout, stderr) =>
      error ? reject(new Error(`rendering the GraphiQL page failed: ${stderr || error.message}`)) : resolve(),
    );
  });
}

/**
 * The GraphiQL page for `options` (whose endpoint is the marker), rendered once per renderer
 * version and options into the OS temp dir by a child process; later starts find it there.
 */
export async function cachedGraphiQLPage(options: GraphiQLOptions): Promise<CachedGraphiQLPage> {
  const modulePath = createRequire(import.meta.url).resolve('@graphql-yoga/render-graphiql');
  const dir = cacheDirFor(options, modulePath);
  const found = await readCached(dir);
  if (found) return found;
  await renderInChild(dir, modulePath, options);
  const made = await readCached(dir);
  if (!made) throw new Error(`the GraphiQL page was rendered but ${dir}/page.json cannot be read`);
  return made;
}
