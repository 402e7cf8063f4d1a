import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ColdStart } from './result-types.js';

const mainFile = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const firstRequest = '/rest/products/1';

/** ms from spawning `node --import tsx src/main.ts` (PORT=0, in-memory database) to the first response. */
async function oneColdStart(): Promise<number> {
  const began = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error('src/main.ts printed no URL within 30 s')), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /serving the shop at (http:\/\/\S+)/.exec(stdout);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`src/main.ts exited with ${code}`)));
    });
    await fetch(new URL(firstRequest, url)).then((response) => response.arrayBuffer());
    return Math.round(performance.now() - began);
  } finally {
    const exited = child.exitCode === null && child.signalCode === null ? once(child, 'exit') : Promise.resolve();
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * Cold start of the real entry point as a user runs it (not pinned: `npm start` gets every
 * core), measured after the load so nothing of ours competes for the cores.
 */
export async function measureColdStart(runs: number): Promise<ColdStart> {
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) times.push(await oneColdStart());
  } catch (error) {
    return { runs: times, request: `GET ${firstRequest}`, failure: (error as Error).message };
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], runs: times, request: `GET ${firstRequest}` };
}
