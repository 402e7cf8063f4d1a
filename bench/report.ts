import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults, TargetWorkloadResult, WorkloadResult } from './result-types.js';
import { peakVsLargestPeer } from './ratios.js';
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

/** RSS idle (each target, before load), ours after the consoles, and peaks per workload beside the peers'. */
function memorySection(results: BenchResults): string[] {
  const { memory } = results;
  if (!memory) return [];
  const roleOf = (name: string) => targetSpecs.find((spec) => spec.name === name)?.role ?? '';
  const names = results.targets.map((target) => target.name).filter((name) => roleOf(name) !== 'ceiling');
  const lines = [
    '## Memory (RSS, MB)',
    '',
    'Every target runs compiled on bare `node` (no TypeScript loader), one process each; ours is the same server in each of its three processes.',
    '',
    `| | ${names.join(' | ')} |`,
    `|---|${names.map(() => '--:').join('|')}|`,
    `| idle, after start | ${names.map((name) => number(memory.idleByTarget[name])).join(' | ')} |`,
    ...results.workloads.map((workload) => `| peak, \`${workload.name}\` | ${names.map((name) => number(workload.results.find((result) => result.target === name)?.peakRssMb)).join(' | ')} |`),
    '',
    '| workload | our largest peak | largest peer peak | ratio |',
    '|---|--:|--:|--:|',
    ...results.workloads.map((workload) => {
      const peak = peakVsLargestPeer(workload);
      return `| ${workload.name} | ${number(peak.ours)} | ${number(peak.peer)} | ${times(peak.ratio)} |`;
    }),
    '',
  ];
  if (memory.shop) {
    lines.push(
      memory.shop.failure
        ? `Our server as \`npm start\` runs it: not measured (${memory.shop.failure}).`
        : `Our server as \`npm start\` runs it (\`node dist/src/main.js\`, existing database): **${number(memory.shop.idleMb)} MB** idle, **${number(memory.shop.consolesMb)} MB** after opening GraphiQL (\`GET /graphql\` as HTML) and the docs page (\`/docs\`, its script and \`/openapi.json\`).`,
      '',
    );
  }
  return lines;
}

function coldStartSection(coldStart: NonNullable<BenchResults['coldStart']>): string[] {
  const m = coldStart.medians;
  if (coldStart.medianMs === undefined || !m || !coldStart.ratios) return ['## Cold start', '', `Not measured: ${coldStart.failure ?? 'unknown'}`, ''];
  const runs = (name: string) => (coldStart.samples?.[name] ?? []).join(', ');
  return [
    '## Cold start',
    '',
    `Spawn to the first answer (ours: \`${coldStart.request}\`), median of ${coldStart.runs.length} run(s), not pinned. A bare node:http server is the yardstick, started the same way.`,
    '',
    '| started with | ours ms | bare node:http ms | ratio |',
    '|---|--:|--:|--:|',
    `| \`npm start\`, existing database (npm, prestart build check, node) | ${m.oursNpm} (${runs('oursNpm')}) | ${m.bareNpm} (${runs('bareNpm')}) | ${times(coldStart.ratios.npmStartVsBareNpm)} |`,
    `| \`npm start\`, first start: migrate + seed a new database | ${m.oursNpmSeeding} (${runs('oursNpmSeeding')}) | ${m.bareNpm} | ${times(coldStart.ratios.npmFirstStartVsBareNpm)} |`,
    `| \`node dist/src/main.js\`, existing database | ${m.oursNode} (${runs('oursNode')}) | ${m.bareNode} (${runs('bareNode')}) | ${times(coldStart.ratios.nodeVsBareNode)} |`,
    '',
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
  lines.push(...memorySection(results));
  if (coldStart) lines.push(...coldStartSection(coldStart));
  if (results.goals.length > 0) {
    lines.push('## Goals (issues 7 and 14; informational)', '', '| goal | this run | met |', '|---|--:|:-:|');
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
