import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/: its own package.json and lockfile hold the peers (Apollo, Mercurius, json-server) and autocannon. */
export const benchDir = fileURLToPath(new URL('.', import.meta.url));

type Lock = { packages: Record<string, { version?: string }> };
const readLock = (file: string): Lock | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Lock;
  } catch {
    return undefined;
  }
};

/** Every package of bench/package-lock.json is installed at its locked version (npm's own record of bench/node_modules). */
export function peersInstalled(): boolean {
  const wanted = readLock(join(benchDir, 'package-lock.json'));
  const installed = readLock(join(benchDir, 'node_modules', '.package-lock.json'));
  if (!wanted || !installed) return false;
  return Object.entries(wanted.packages).every(([path, entry]) => path === '' || installed.packages[path]?.version === entry.version);
}

/** Installs bench/'s lockfile when it is not installed yet (first `npm run bench`); npm's output goes to stderr. */
export function ensurePeers(): void {
  if (peersInstalled()) return;
  process.stderr.write('Installing the benchmark peers into bench/node_modules (first run only) …\n');
  // Under npm, npm_execpath is npm's own CLI script: the same npm, on any platform.
  const npmCli = process.env.npm_execpath;
  const args = ['ci', '--no-audit', '--no-fund'];
  const result =
    npmCli && /npm-cli\.js$/.test(npmCli)
      ? spawnSync(process.execPath, [npmCli, ...args], { cwd: benchDir, stdio: ['ignore', 2, 2] })
      : spawnSync('npm', args, { cwd: benchDir, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`npm ci in bench/ failed (${result.error?.message ?? `exit ${result.status}`}).`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensurePeers();
