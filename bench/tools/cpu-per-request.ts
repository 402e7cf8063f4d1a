import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTargets } from '../build-targets.js';
import { expectedFromSeed } from '../expected-data.js';
import { writeDbJson } from '../export-db-json.js';
import { runLoad } from '../measure.js';
import { rssMb, watchPeakRss } from '../process-memory.js';
import { createSeededShop } from '../seeded-shop.js';
import { targetSpecs } from '../target-list.js';
import { startTarget, targetEntry } from '../target-process.js';
import { workloadNames, type WorkloadName } from '../workload-constants.js';

/**
 * Server CPU per request: a measure that holds on a shared, noisy machine where req/s does
 * not (other processes steal wall time, not the server's CPU ticks). Each target is started
 * fresh, warmed up, then loaded; its utime+stime from /proc/<pid>/stat is read around the load.
 *
 *   node --import tsx bench/tools/cpu-per-request.ts [--target ours-graphql,apollo,mercurius-jit]
 *     [--workload product,page,order] [--duration 6] [--connections 20] [--rounds 3] [--build]
 *
 * --cpu-prof DIR starts each target with `node --cpu-prof --cpu-prof-dir=DIR` (read it with summarize-cpu-profile.ts).
 * --build compiles the targets first (to BENCH_BUILD_DIR when set: then a running bench keeps its own build).
 *
 * Prints one line per target × workload: the median µs of server CPU per request over the rounds,
 * and the largest peak RSS of a round (VmHWM, reset before each round).
 * Targets run as the benchmark runs them (NODE_ENV=production), unpinned.
 */
const { values } = parseArgs({
  options: {
    target: { type: 'string', default: 'ours-graphql' },
    workload: { type: 'string', default: workloadNames.join(',') },
    duration: { type: 'string', default: '6' },
    connections: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    build: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});
const list = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);
const targets = list(values.target).map((name) => {
  const spec = targetSpecs.find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`Unknown target ${name}; one of ${targetSpecs.map((candidate) => candidate.name).join(', ')}`);
  return spec;
});
const workloads = list(values.workload).map((name) => {
  if (!(workloadNames as readonly string[]).includes(name)) throw new Error(`Unknown workload ${name}; one of ${workloadNames.join(', ')}`);
  return name as WorkloadName;
});
const settings = { duration: Number(values.duration), connections: Number(values.connections) };
const rounds = Number(values.rounds);
const warmup = Number(values.warmup);

/** utime + stime in clock ticks (10 ms each on Linux). */
async function cpuTicks(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? NaN;

if (values.build) buildTargets();
const shop = createSeededShop();
const expected = expectedFromSeed(shop);
for (const spec of targets) {
  const profiling = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [];
  // json-server serves a db.json of the same seed (ceiling targets are not supported here).
  const args = spec.input === 'db-json' ? [writeDbJson(shop, mkdtempSync(join(tmpdir(), 'cpu-per-request-')))] : [];
  const target = await startTarget(targetEntry(spec.entry), args, undefined, undefined, profiling);
  try {
    const dialect = spec.dialect(target.url, expected);
    console.log(`${spec.name.padEnd(14)} idle RSS ${await rssMb(target.pid)} MB`);
    for (const workload of workloads) {
      const plan = await dialect.plan(workload);
      await dialect.beforeRound(workload);
      await runLoad(target.url, plan, { ...settings, duration: warmup });
      const perRequest: number[] = [];
      const peaks: number[] = [];
      let rate = 0;
      for (let round = 0; round < rounds; round += 1) {
        await dialect.beforeRound(workload);
        const memory = await watchPeakRss(target.pid);
        const before = await cpuTicks(target.pid);
        const load = await runLoad(target.url, plan, settings);
        const ticks = (await cpuTicks(target.pid)) - before;
        peaks.push((await memory.stop()) ?? NaN);
        if (load.errors > 0) throw new Error(`${spec.name} ${workload}: ${load.errors} errors; ${load.firstWrongAnswer ?? 'connection errors'}`);
        perRequest.push((ticks * 10_000) / load.requests);
        rate = load.reqPerSec;
      }
      const shown = perRequest.map((value) => Math.round(value)).join(' ');
      console.log(`${spec.name.padEnd(14)} ${workload.padEnd(8)} ${Math.round(median(perRequest))} µs CPU/request (rounds: ${shown}; last ${rate} req/s), peak RSS ${Math.max(...peaks)} MB`);
    }
  } finally {
    await target.stop();
  }
}
shop.close();
