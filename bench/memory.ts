import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { benchDir } from './install-peers.js';
import { rssMb } from './process-memory.js';
import type { MemoryResults } from './result-types.js';
import type { StartedTargets } from './start-targets.js';

/** Long enough for start-up garbage to be collected and the heap to settle. */
const settleMs = 2_000;

/** Each running target's RSS before any load. */
export async function idleRssByTarget(started: StartedTargets): Promise<MemoryResults['idleByTarget']> {
  await sleep(settleMs);
  const entries = await Promise.all([...started.running].map(async ([name, target]) => [name, await rssMb(target.pid)] as const));
  return Object.fromEntries(entries.filter((entry): entry is [string, number] => entry[1] !== undefined));
}

/** What a learner opens first: GraphiQL (an HTML GET of /graphql) and the docs page with its script and document. */
const consoles: Array<[string, Record<string, string>]> = [
  ['/graphql', { Accept: 'text/html' }],
  ['/docs', {}],
  ['/docs/scalar.js', {}],
  ['/openapi.json', {}],
];

/**
 * Our server as `npm start` runs it (`node dist/src/main.js`, no loader) on an existing database:
 * RSS once idle, then after each console was opened once.
 */
export async function shopMemory(databasePath: string): Promise<NonNullable<MemoryResults['shop']>> {
  const child = spawn(process.execPath, [join(benchDir, '..', 'dist', 'src', 'main.js')], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, LOG_LEVEL: 'silent' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /serving the shop at (http:\/\/\S+)/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`dist/src/main.js exited with ${code}`)));
    });
    await sleep(settleMs);
    const idleMb = (await rssMb(child.pid as number)) ?? 0;
    for (const [path, headers] of consoles) {
      const response = await fetch(new URL(path, url), { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    }
    await sleep(settleMs);
    return { idleMb, consolesMb: (await rssMb(child.pid as number)) ?? 0 };
  } catch (error) {
    return { idleMb: 0, consolesMb: 0, failure: (error as Error).message };
  } finally {
    const exited = child.exitCode === null && child.signalCode === null ? once(child, 'exit') : Promise.resolve();
    child.kill('SIGTERM');
    await exited;
  }
}
