import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../bench/result-types.js';
import { targetNames } from '../../bench/target-list.js';
import { workloadNames } from '../../bench/workload-constants.js';

/**
 * `npm run bench -- --quick` end to end, into a temporary directory so the committed results
 * stay as they are. Shape and correctness only: speed is the benchmark's business, not a test's.
 */
describe('npm run bench -- --quick', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-quick-'));
  let exitCode: number | null = null;
  let stderr = '';
  let results: BenchResults;

  beforeAll(async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', outDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    [exitCode] = (await once(child, 'exit')) as [number | null];
    results = JSON.parse(readFileSync(join(outDir, 'latest.json'), 'utf8')) as BenchResults;
  }, 240_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('exits 0 with a progress line per measurement', () => {
    expect(exitCode, stderr).toBe(0);
    expect(stderr).toMatch(/\[\s*1\/24\] product · round 1\/1 · ours-rest: [\d,]+ req\/s/);
    expect(stderr).toContain('wrote ');
  });

  it('records the settings of a quick run and every target', () => {
    expect(results.settings).toMatchObject({ quick: true, rounds: 1, pipelining: 1 });
    expect(results.targets.map((target) => target.name)).toEqual(targetNames);
    expect(results.targets.filter((target) => target.failure !== undefined)).toEqual([]);
    expect(results.ceilingBodies).toBe('ours-rest');
  });

  it('has every target answer every workload correctly, with numbers for each', () => {
    expect(results.workloads.map((workload) => workload.name)).toEqual([...workloadNames]);
    for (const workload of results.workloads) {
      expect(workload.results.map((result) => result.target).sort()).toEqual([...targetNames].sort());
      for (const result of workload.results) {
        const where = `${workload.name}/${result.target}: ${result.failure ?? ''}`;
        expect(result.ok, where).toBe(true);
        expect(result.errors, where).toBe(0);
        expect(result.rounds, where).toHaveLength(1);
        expect(result.requests, where).toBeGreaterThan(0);
        expect(result.reqPerSec, where).toBeGreaterThan(0);
        expect(result.latencyP50Ms, where).toEqual(expect.any(Number));
        expect(result.latencyP99Ms, where).toEqual(expect.any(Number));
        expect(result.peakRssMb, where).toBeGreaterThan(0);
      }
    }
  });

  it('computes ratios to the ceiling and to each same-protocol peer', () => {
    const product = results.workloads.find((workload) => workload.name === 'product');
    const ratiosOf = (target: string) => product?.results.find((result) => result.target === target);
    expect(ratiosOf('ours-rest')?.vsCeiling).toBeGreaterThan(0);
    expect(Object.keys(ratiosOf('ours-rest')?.vsPeers ?? {})).toEqual(['json-server']);
    expect(Object.keys(ratiosOf('ours-graphql')?.vsPeers ?? {})).toEqual(['apollo', 'mercurius-jit']);
    expect(Object.keys(ratiosOf('ours-soap')?.vsPeers ?? {})).toEqual(['node-soap']);
    expect(ratiosOf('ceiling')?.vsCeiling).toBeUndefined();
  });

  it('measures the cold start of our server and writes the markdown tables', () => {
    expect(results.coldStart?.medianMs).toBeGreaterThan(0);
    const markdown = readFileSync(join(outDir, 'latest.md'), 'utf8');
    for (const workload of workloadNames) expect(markdown).toContain(`(\`${workload}\`)`);
    expect(markdown).toContain('| target | protocol | req/s | × ceiling | × peers | p50 ms | p99 ms | peak RSS MB | server CPU | errors |');
    expect(markdown).toContain('## Cold start');
  });
});
