import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { buildDir } from './build-targets.js';
import { benchDir } from './install-peers.js';
import type { ColdStart } from './result-types.js';

const repoRoot = join(benchDir, '..');
const firstRequest = '/rest/products/1';
const ready = /serving the shop at (http:\/\/\S+)|\{"port":(\d+)\}/;

/** npm itself, as `npm start` runs for a learner (under npm: the same npm CLI). */
const npm = (args: string[]): [string, string[]] => {
  const cli = process.env.npm_execpath;
  return cli && /npm-cli\.js$/.test(cli) ? [process.execPath, [cli, ...args]] : ['npm', args];
};

interface Way {
  command: [string, string[]];
  cwd: string;
  path: string;
}

/** ms from spawning a server to its first answer; the process group is stopped after. */
async function oneStart(way: Way, databasePath: string): Promise<number> {
  const began = performance.now();
  const [command, args] = way.command;
  // Own process group: `npm start` is npm → sh → node, and all of it must go.
  const child = spawn(command, args, {
    cwd: way.cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, LOG_LEVEL: 'silent' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`${args.join(' ')} printed no address within 30 s`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = ready.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] ?? `http://127.0.0.1:${match[2]}`);
        }
      });
      child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.trim()}`)));
    });
    await fetch(new URL(way.path, url)).then((response) => response.arrayBuffer());
    return Math.round(performance.now() - began);
  } finally {
    const exited = child.exitCode === null && child.signalCode === null ? once(child, 'exit') : Promise.resolve();
    try {
      process.kill(-(child.pid as number), 'SIGTERM');
    } catch {
      // already gone
    }
    await exited;
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

/**
 * Start to first answer, measured after the load so nothing of ours competes for the cores (not
 * pinned: a start gets every core). Ours as a learner starts it (`npm start`: npm, its prestart
 * build check, then node on dist/) beside a bare node:http server started the same way (an npm
 * script that execs node), and each directly with `node`. `DATABASE_PATH` is a file: an existing,
 * seeded database, and for the first start a new path (migrate + seed).
 */
export async function measureColdStart(runs: number, tmpDir: string): Promise<ColdStart> {
  const bareEntry = join(buildDir, 'bench', 'targets', 'bare-http.js');
  const ways: Record<string, Way> = {
    bareNode: { command: [process.execPath, [bareEntry]], cwd: benchDir, path: '/' },
    bareNpm: { command: npm(['run', '--silent', 'bare-http']), cwd: benchDir, path: '/' },
    oursNode: { command: [process.execPath, [join(repoRoot, 'dist', 'src', 'main.js')]], cwd: repoRoot, path: firstRequest },
    oursNpm: { command: npm(['start', '--silent']), cwd: repoRoot, path: firstRequest },
  };
  const samples: Record<string, number[]> = { bareNode: [], bareNpm: [], oursNode: [], oursNpm: [], oursNpmSeeding: [] };
  try {
    // What prestart would do on the first run: compiling is install work, not start work.
    const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { stdio: ['ignore', 2, 2] });
    if (build.status !== 0) throw new Error('scripts/build.mjs failed');
    const existing = join(tmpDir, 'start-existing.db');
    await oneStart(ways.oursNode as Way, existing); // creates and seeds it
    for (let run = 0; run < runs; run += 1) {
      for (const [name, way] of Object.entries(ways)) samples[name]?.push(await oneStart(way, existing));
      samples.oursNpmSeeding?.push(await oneStart(ways.oursNpm as Way, join(tmpDir, `start-new-${run}.db`)));
    }
  } catch (error) {
    return { runs: samples.oursNpm ?? [], request: `GET ${firstRequest}`, samples, failure: (error as Error).message };
  }
  const m = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)])) as Record<string, number>;
  return {
    medianMs: m.oursNpm,
    runs: samples.oursNpm ?? [],
    request: `GET ${firstRequest}`,
    samples,
    medians: m,
    ratios: {
      npmStartVsBareNpm: ratio(m.oursNpm as number, m.bareNpm as number),
      npmFirstStartVsBareNpm: ratio(m.oursNpmSeeding as number, m.bareNpm as number),
      nodeVsBareNode: ratio(m.oursNode as number, m.bareNode as number),
    },
  };
}
