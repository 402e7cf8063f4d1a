import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/generate.js';
import type { ComparisonJson } from '../../scripts/compare/write-reports.js';
import { startServer, type RunningServer } from '../../src/server.js';

function runCompare(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/compare.ts', ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The whole command, as a learner runs it: its own server, two runs, three files. */
describe('npm run compare', () => {
  let out: string;
  let result: { code: number | null; stderr: string };

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'compare-cli-'));
    result = await runCompare(['--runs', '2', '--out', out]);
  }, 180_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('finishes cleanly, with a progress line on stderr', () => {
    expect(result.stderr).toMatch(/started a fresh shop at http:\/\/127\.0\.0\.1:\d+/);
    expect(result.stderr).toMatch(/compare +\d+% \d+\/\d+ product-card/);
    expect(result.stderr).toMatch(/compare 100%/);
    expect(result.code).toBe(0);
  });

  it('writes the three reports from real measurements, every scenario at parity', async () => {
    const json = JSON.parse(await readFile(join(out, 'comparison.json'), 'utf8')) as ComparisonJson;
    expect(json.recording.meta.runs).toBe(2);
    expect(json.scenarios.every((s) => s.parity)).toBe(true);
    expect(json.recording.records.every((r) => r.runs.length === 2 && !r.failure)).toBe(true);
    expect(json.recording.setup.soapWsdlRoundTrips).toBe(1);
    expect(json.recording.meta.sqlCounted).toBe(true);
    expect(json.recording.records.every((r) => r.compressed && r.runs.every((run) => (run.sqlStatements ?? -1) >= 0))).toBe(true);
    expect(json.recording.caching.map((p) => `${p.id} ${p.repeat.status}`)).toEqual(['rest 304', 'graphql-post 200', 'graphql-get 200', 'soap 200']);
    expect(await readFile(join(out, 'comparison.md'), 'utf8')).toContain('## Summary');
    expect(await readFile(join(out, 'comparison.html'), 'utf8')).toContain('<svg id="chart-round-trips"');
  });

  it('refuses bad options with the usage text and exit code 2', async () => {
    const bad = await runCompare(['--runs', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: npm run compare');
  });
});

/** Against a sandbox of a running server: the report is made there, and the shared shop sees none of it. */
describe('npm run compare -- --base-url <a sandbox>', () => {
  let server: RunningServer;
  let out: string;
  let sandboxUrl: string;
  let result: { code: number | null; stderr: string };

  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:', services: { writeLimit: { limit: 100_000, windowMs: 60_000 } } });
    sandboxUrl = ((await (await fetch(`${server.url}/sandboxes`, { method: 'POST' })).json()) as { url: string }).url;
    out = await mkdtemp(join(tmpdir(), 'compare-sandbox-'));
    result = await runCompare(['--base-url', sandboxUrl, '--runs', '1', '--out', out]);
  }, 180_000);
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
    await server.close();
  });

  it('runs every scenario at parity in the sandbox, through its prefixed URLs', async () => {
    expect(result.code).toBe(0);
    const json = JSON.parse(await readFile(join(out, 'comparison.json'), 'utf8')) as ComparisonJson;
    expect(json.scenarios.every((s) => s.parity)).toBe(true);
    expect(json.recording.records.every((r) => !r.failure)).toBe(true);
    expect(json.recording.caching.map((p) => `${p.id} ${p.repeat.status}`)).toEqual(['rest 304', 'graphql-post 200', 'graphql-get 200', 'soap 200']);
    const inSandbox = (await (await fetch(`${sandboxUrl}inspect/exchanges?limit=200`)).json()) as unknown[];
    const inShared = (await (await fetch(`${server.url}/inspect/exchanges?limit=200`)).json()) as unknown[];
    expect(inSandbox.length).toBeGreaterThan(50);
    expect(inShared).toEqual([]);
  });
});
