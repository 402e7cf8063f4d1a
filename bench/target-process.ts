import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { buildDir } from './build-targets.js';

/** Server on core 0, load generator on core 1, when `taskset` exists and there are two cores. */
export interface Pinning {
  server: string;
  load: string;
}

export function detectPinning(): Pinning | undefined {
  if (availableParallelism() < 2) return undefined;
  const probe = spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
  return probe.status === 0 ? { server: '0', load: '1' } : undefined;
}

/** Moves this process (all its threads) onto `cores`; false if the kernel refused. */
export function pinSelf(cores: string): boolean {
  return spawnSync('taskset', ['-a', '-p', '-c', cores, String(process.pid)], { stdio: 'ignore' }).status === 0;
}

export const allCores = (): string => `0-${availableParallelism() - 1}`;

export interface RunningTarget {
  url: string;
  pid: number;
  /** If the process has ended: how (code or signal) and the end of its stderr, to explain failed requests. */
  exitReport(): string | undefined;
  stop(): Promise<void>;
}

/** A target's compiled entry (see build-targets.ts): `ours.ts` → bench/.build/bench/targets/ours.js. */
export const targetEntry = (file: string): string => join(buildDir, 'bench', 'targets', file.replace(/\.ts$/, '.js'));

/**
 * Starts `node <entry>` (compiled, no loader), waits for the `{"port":n}` line it prints once it
 * listens, then pins it (all its threads) to the server core. Pinning after start lets
 * several targets load their modules on both cores at once.
 */
export async function startTarget(entry: string, args: string[], pinning: Pinning | undefined, timeoutMs = 30_000, nodeArgs: string[] = []): Promise<RunningTarget> {
  const child = spawn(process.execPath, [...nodeArgs, entry, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`${entry} did not report a port within ${timeoutMs} ms. ${stderr}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /\{"port":(\d+)\}/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code} before listening. ${stderr.trim()}`));
    });
  });
  child.stdout?.resume();
  if (pinning && spawnSync('taskset', ['-a', '-p', '-c', pinning.server, String(child.pid)], { stdio: 'ignore' }).status !== 0) {
    await stopChild(child);
    throw new Error(`could not pin ${entry} to core ${pinning.server}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    exitReport: () =>
      child.exitCode === null && child.signalCode === null
        ? undefined
        : `the target process ended (${child.signalCode ?? `exit code ${child.exitCode}`}) ${stderr.trim().slice(-1500)}`.trim(),
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
