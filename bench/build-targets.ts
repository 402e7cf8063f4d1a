import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { benchDir } from './install-peers.js';

/** BENCH_BUILD_DIR: another place, so probes (bench/tools) do not pull the build out from under a running bench. */
export const buildDir = process.env.BENCH_BUILD_DIR ?? join(benchDir, '.build');

/**
 * Compiles bench/targets/ (and the src/ they import) to plain JavaScript in bench/.build, so
 * every target runs on bare `node` as the shop's `npm start` does: a TypeScript loader costs
 * each process ~45 MB and would blur the memory columns. The links let the compiled files find
 * what the sources find (packages, schemas/, wsdl/, vendor/) at the same relative paths.
 */
export function buildTargets(): void {
  rmSync(buildDir, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(benchDir, 'tsconfig.targets.json'), '--outDir', buildDir], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error('compiling bench/targets failed (see above)');
  const link = (target: string, path: string) => symlinkSync(target, join(buildDir, path), 'junction');
  mkdirSync(join(buildDir, 'bench'), { recursive: true });
  link(join(benchDir, '..', 'node_modules'), 'node_modules');
  link(join(benchDir, 'node_modules'), join('bench', 'node_modules'));
  for (const folder of ['schemas', 'wsdl', 'vendor', 'reports']) link(join(benchDir, '..', folder), folder);
}
