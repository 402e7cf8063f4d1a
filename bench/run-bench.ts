import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTargets } from './build-targets.js';
import { parseBenchOptions, type BenchOptions } from './cli-options.js';
import { measureColdStart } from './cold-start.js';
import { expectedFromSeed } from './expected-data.js';
import { idleRssByTarget, shopMemory } from './memory.js';
import { createProgress } from './progress.js';
import { addRatios, checkGoals } from './ratios.js';
import { writeResults } from './report.js';
import type { BenchResults, ColdStart, MemoryResults, WorkloadResult } from './result-types.js';
import { createSeededShop } from './seeded-shop.js';
import { startTargets } from './start-targets.js';
import { targetSpecs } from './target-list.js';
import { allCores, detectPinning, pinSelf } from './target-process.js';
import { runWorkload } from './run-workload.js';
import { workloadNames } from './workload-constants.js';

/** `npm run bench`: start every target, load each workload on each, write latest.{json,md} (bench/results/local/, or bench/results/ with --save). */
async function main(options: BenchOptions): Promise<BenchResults> {
  const specs = options.only.length === 0 ? targetSpecs : targetSpecs.filter((spec) => options.only.includes(spec.name));
  const pinning = options.pin ? detectPinning() : undefined;
  const shop = createSeededShop();
  const expected = expectedFromSeed(shop);
  const tmpDir = mkdtempSync(join(tmpdir(), 'shop-bench-'));
  const progress = createProgress(workloadNames.length * specs.length * options.rounds);
  buildTargets();
  const started = await startTargets(specs, { tmpDir, shop, expected, pinning, progress });
  const memory: MemoryResults = { idleByTarget: await idleRssByTarget(started) };
  // Only now: children inherit this process's cores, and the targets should start on all of them.
  const pinned = pinning !== undefined && pinSelf(pinning.load);

  const workloads: WorkloadResult[] = [];
  const oursAmong = specs.some((spec) => spec.role === 'ours');
  let coldStart: ColdStart | undefined;
  try {
    for (const workload of workloadNames) {
      workloads.push(addRatios(await runWorkload(workload, specs, started, expected, options, progress)));
    }
  } finally {
    if (pinned) pinSelf(allCores());
    await started.stopAll();
    shop.close();
  }
  try {
    // Our server's own numbers, after the load so nothing of ours competes for the cores.
    if (oursAmong) {
      coldStart = await measureColdStart(options.coldStartRuns, tmpDir);
      progress.note(`cold start: ${coldStart.medianMs ?? 'failed'} ms ${coldStart.failure ?? ''}`);
      memory.shop = await shopMemory(join(tmpDir, 'start-existing.db'));
      progress.note(`memory: idle ${memory.shop.idleMb} MB, after the consoles ${memory.shop.consolesMb} MB ${memory.shop.failure ?? ''}`);
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }

  return {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      pinned,
      ...(pinning && pinned ? { serverCores: pinning.server, loadCores: pinning.load } : {}),
    },
    settings: {
      quick: options.quick,
      rounds: options.rounds,
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
      connections: options.connections,
      pipelining: 1,
    },
    ceilingBodies: started.ceilingBodies,
    targets: specs.map((spec) => ({
      name: spec.name,
      label: spec.label,
      role: spec.role,
      protocol: spec.protocol,
      ...(started.failures.has(spec.name) ? { failure: started.failures.get(spec.name) } : {}),
    })),
    workloads,
    ...(coldStart ? { coldStart } : {}),
    memory,
    goals: checkGoals(workloads, coldStart, memory),
  };
}

let options: BenchOptions;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
const results = await main(options);
const written = writeResults(results, options.outDir);
const failed = results.workloads.flatMap((workload) => workload.results.filter((result) => !result.ok).map((result) => `${workload.name}/${result.target}`));
process.stderr.write(`wrote ${written.json} and ${written.markdown}\n`);
if (failed.length > 0) process.stderr.write(`did not answer correctly: ${failed.join(', ')}\n`);
// Exit 1 when a target answered wrong, so CI and the test notice; the files are written either way.
process.exit(failed.length > 0 ? 1 : 0);
