import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults, TargetWorkloadResult, WorkloadResult } from './result-types.js';
import { targetSpecs } from './target-list.js';

const number = (value: number | undefined, digits = 0): string =>
  value === undefined ? '—' : value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const times = (value: number | undefined): string => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const millis = (value: number | undefined): string => (value === 0 ? '<1' : number(value));
/** At this share of its core the load generator, not the server, may be what limits the rate. */
const generatorBound = 0.9;

function row(result: TargetWorkloadResult): string {
  const spec = targetSpecs.find((candidate) => candidate.name === result.target);
  const peers = Object.entries(result.vsPeers ?? {})
    .map(([peer, value]) => `${times(value)} ${peer}`)
    .join(', ');
  const errors = result.ok ? String(result.errors) : `${result.errors} ✗`;
  const bound = (result.loadGeneratorCpu ?? 0) >= generatorBound ? ' †' : '';
  const cpu = result.serverCpu === undefined ? '—' : `${Math.round(result.serverCpu * 100)}%`;
  return `| ${result.target} | ${spec?.protocol ?? ''} | ${number(result.reqPerSec)}${bound} | ${result.target === 'ceiling' ? '1.00×' : times(result.vsCeiling)} | ${peers || '—'} | ${millis(result.latencyP50Ms)} | ${millis(result.latencyP99Ms)} | ${number(result.peakRssMb)} | ${cpu} | ${errors} |`;
}

function workloadSection(workload: WorkloadResult): string[] {
  const notes = workload.results.filter((result) => result.note !== undefined).map((result) => `- ${result.target}: ${result.note}`);
  if (workload.results.some((result) => (result.loadGeneratorCpu ?? 0) >= generatorBound)) {
    notes.push(`- †: the load generator used ≥ ${generatorBound * 100}% of its core; this target may be faster than shown (and ratios to it read high).`);
  }
  const failures = workload.results
    .filter((result) => !result.ok)
    .map((result) => `- ✗ ${result.target}: ${(result.failure ?? 'no measurement').split('\n')[0]?.slice(0, 400)}`);
  return [
    `## ${workload.label} (\`${workload.name}\`)`,
    '',
    '| target | protocol | req/s | × ceiling | × peers | p50 ms | p99 ms | peak RSS MB | server CPU | errors |',
    '|---|---|--:|--:|---|--:|--:|--:|--:|--:|',
    ...workload.results.map(row),
    '',
    ...(notes.length > 0 ? [...notes, ''] : []),
    ...(failures.length > 0 ? ['Did not answer correctly (no ratio):', ...failures, ''] : []),
  ];
}

/** The human-readable table per workload: req/s, latency, RSS, ratios to the ceiling and to peers. */
export function renderMarkdown(results: BenchResults): string {
  const { machine, settings, coldStart } = results;
  const pinning = machine.pinned ? `server on core ${machine.serverCores}, load generator on core ${machine.loadCores} (taskset)` : 'not pinned';
  const lines = [
    '# Benchmark: each protocol against its peers and the node:http ceiling',
    '',
    `Generated ${results.generatedAt} by \`npm run bench${settings.quick ? ' -- --quick' : ''}\` on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}; ${pinning}.`,
    `Each target: ${settings.warmupSeconds} s warm-up, then ${settings.rounds} round(s) × ${settings.durationSeconds} s at ${settings.connections} connections, no pipelining, rounds interleaved across targets; medians reported (a ratio is the median of the per-round ratios).`,
    'Every response is checked (status and body); a wrong answer counts as an error and a target with errors gets no ratio.',
    'Absolute numbers are machine-specific; the ratios, measured in the same run, are the point.',
    '`server CPU` is the share of its core the target used (median): well below 100% means something else on the machine took the core during its rounds, so read that row with care.',
    `Ceiling bodies: ${results.ceilingBodies === 'ours-rest' ? 'the exact bytes our REST API answered' : results.ceilingBodies === 'services' ? 'built from the services (our REST API did not answer correctly)' : 'not run'}.`,
    '',
    '| target | what |',
    '|---|---|',
    ...results.targets.map((target) => `| ${target.name} | ${target.label}${target.failure ? ' — not started' : ''} |`),
    '',
    ...results.workloads.flatMap(workloadSection),
  ];
  if (coldStart) {
    lines.push(
      '## Cold start',
      '',
      coldStart.medianMs === undefined
        ? `Not measured: ${coldStart.failure ?? 'unknown'}`
        : `\`node --import tsx src/main.ts\` (PORT=0, in-memory database) to the first response of \`${coldStart.request}\`: median ${coldStart.medianMs} ms (runs: ${coldStart.runs.join(', ')} ms).`,
      '',
    );
  }
  if (results.goals.length > 0) {
    lines.push('## Speed goals (issue 7 part 5; informational)', '', '| goal | this run | met |', '|---|--:|:-:|');
    for (const goal of results.goals) lines.push(`| ${goal.goal} | ${number(goal.actual, 2)} | ${goal.met === undefined ? '—' : goal.met ? 'yes' : 'no'} |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

export function writeResults(results: BenchResults, outDir: string): { json: string; markdown: string } {
  mkdirSync(outDir, { recursive: true });
  const json = join(outDir, 'latest.json');
  const markdown = join(outDir, 'latest.md');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(markdown, renderMarkdown(results));
  return { json, markdown };
}
