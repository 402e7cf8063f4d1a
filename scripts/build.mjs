// Compiles src/ (and the clients/ and scripts/ files it imports) to dist/ when dist/ is missing or
// older than its sources; `npm start` runs dist/src/main.js.
// Plain JavaScript: it runs before anything is compiled, also after `npm ci --omit=dev`.
// `--force` builds even when dist/ looks current.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.built');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const inputs = () =>
  Math.max(
    ...['src', 'clients', 'scripts'].map((dir) => newestSource(join(root, dir))),
    ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((file) => statSync(join(root, file)).mtimeMs),
  );

if (!process.argv.includes('--force') && existsSync(stamp) && statSync(stamp).mtimeMs >= inputs()) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write('dist/ is missing or older than src/, and TypeScript (which builds it) is not installed: run `npm install` (or `npm ci --omit=dev`) first.\n');
  process.exit(1);
}
process.stderr.write('Compiling src/ to dist/ …\n');
// Emit only: `npm run typecheck` checks types, and a runtime-only install has no @types to check with.
rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write('Compiling src/ failed (see above).\n');
  process.exit(result.status ?? 1);
}
// The compiled files find schemas/, wsdl/, vendor/ and reports/ one level deeper than the sources
// do (dist/src/web → dist/vendor): links, so a new comparison report is seen without a rebuild.
for (const folder of ['schemas', 'wsdl', 'vendor', 'reports']) symlinkSync(join(root, folder), join(root, 'dist', folder), 'junction');
writeFileSync(stamp, `${new Date().toISOString()}\n`);
