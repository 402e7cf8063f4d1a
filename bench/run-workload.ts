import type { BenchOptions } from './cli-options.js';
import { measureRound, runLoad, type RoundResult } from './measure.js';
import type { Progress } from './progress.js';
import type { TargetWorkloadResult, WorkloadResult } from './result-types.js';
import type { StartedTargets } from './start-targets.js';
import type { TargetSpec } from './target-list.js';
import type { RunningTarget } from './target-process.js';
import { workloadLabels, type WorkloadName } from './workload-constants.js';
import { call } from './workloads/http-call.js';
import type { Dialect, ExpectedData, WorkloadPlan } from './workloads/workload-types.js';

interface Contender {
  spec: TargetSpec;
  target: RunningTarget;
  dialect: Dialect;
  plan?: WorkloadPlan;
  rounds: RoundResult[];
  failure?: string;
}

/** One pass through the steps outside the measurement: a clear reason if the target answers wrong. */
async function probe(baseUrl: string, plan: WorkloadPlan): Promise<void> {
  for (const { request, expectedStatus, check } of plan.steps) {
    const { status, body } = await call(baseUrl, request);
    const problem = status === expectedStatus ? check(body) : `status ${status}, expected ${expectedStatus}: ${body.slice(0, 200)}`;
    if (problem !== undefined) throw new Error(`${request.method} ${request.path}: ${problem}`);
  }
}

/** A failed request says little ("fetch failed"); a dead target process says why. */
const explain = (error: unknown, target: RunningTarget): string => {
  const message = error instanceof Error ? error.message : String(error);
  const exit = target.exitReport();
  return exit === undefined ? message : `${message}: ${exit}`;
};

const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

function summarise(contender: Contender): TargetWorkloadResult {
  const { rounds } = contender;
  const errors = rounds.reduce((sum, round) => sum + round.errors, 0);
  const wrong = rounds.find((round) => round.firstWrongAnswer !== undefined)?.firstWrongAnswer;
  const exit = contender.target.exitReport();
  const failure =
    contender.failure ?? (errors > 0 ? `${errors} errors; first: ${wrong ?? exit ?? 'connection error or timeout'}` : undefined);
  const rss = rounds.map((round) => round.peakRssMb).filter((value): value is number => value !== undefined);
  const reqPerSec = median(rounds.map((round) => round.reqPerSec));
  const serverCpu = median(rounds.flatMap((round) => (round.serverCpu === undefined ? [] : [round.serverCpu])));
  const loadGeneratorCpu = median(rounds.flatMap((round) => (round.loadGeneratorCpu === undefined ? [] : [round.loadGeneratorCpu])));
  return {
    target: contender.spec.name,
    ok: failure === undefined && rounds.length > 0,
    ...(failure === undefined ? {} : { failure }),
    ...(contender.plan?.note === undefined ? {} : { note: contender.plan.note }),
    ...(reqPerSec === undefined ? {} : { reqPerSec: Math.round(reqPerSec) }),
    ...(rounds.length === 0 ? {} : { latencyP50Ms: median(rounds.map((round) => round.latencyP50Ms)), latencyP99Ms: median(rounds.map((round) => round.latencyP99Ms)) }),
    requests: rounds.reduce((sum, round) => sum + round.requests, 0),
    errors,
    ...(rss.length === 0 ? {} : { peakRssMb: Math.max(...rss) }),
    ...(serverCpu === undefined ? {} : { serverCpu }),
    ...(loadGeneratorCpu === undefined ? {} : { loadGeneratorCpu }),
    rounds,
  };
}

/**
 * Every started target on one workload: each is planned, probed and warmed up, then the
 * rounds interleave the targets (round 1 of all, then round 2...) so a noisy moment on a
 * shared machine spreads over all of them instead of sinking one.
 */
export async function runWorkload(
  workload: WorkloadName,
  specs: readonly TargetSpec[],
  started: StartedTargets,
  expected: ExpectedData,
  options: BenchOptions,
  progress: Progress,
): Promise<WorkloadResult> {
  const load = { connections: options.connections };
  const contenders: Contender[] = [];
  const unstarted: TargetWorkloadResult[] = [];
  for (const spec of specs) {
    const target = started.running.get(spec.name);
    if (!target) {
      unstarted.push({ target: spec.name, ok: false, failure: `not started: ${started.failures.get(spec.name) ?? 'unknown'}`, requests: 0, errors: 0, rounds: [] });
      continue;
    }
    const contender: Contender = { spec, target, dialect: spec.dialect(target.url, expected), rounds: [] };
    contenders.push(contender);
    try {
      contender.plan = await contender.dialect.plan(workload);
      await contender.dialect.beforeRound(workload);
      await probe(target.url, contender.plan);
      await runLoad(target.url, contender.plan, { ...load, duration: options.warmup });
    } catch (error) {
      contender.failure = explain(error, target);
      progress.note(`${workload} · ${spec.name}: ${contender.failure.split('\n')[0]?.slice(0, 300)}`);
    }
  }

  for (let round = 1; round <= options.rounds; round += 1) {
    for (const contender of contenders) {
      const step = `${workload} · round ${round}/${options.rounds} · ${contender.spec.name}`;
      if (contender.failure !== undefined || !contender.plan) {
        progress.finish(`${step}: skipped (${contender.failure?.split('\n')[0]?.slice(0, 120) ?? 'no plan'})`);
        continue;
      }
      progress.start(step);
      try {
        await contender.dialect.beforeRound(workload);
        const result = await measureRound(contender.target.url, contender.plan, { ...load, duration: options.duration }, contender.target.pid);
        contender.rounds.push(result);
        const errors = result.errors > 0 ? ` · ${result.errors} errors` : '';
        progress.finish(`${step}: ${result.reqPerSec.toLocaleString('en')} req/s · p99 ${result.latencyP99Ms} ms${errors}`);
      } catch (error) {
        contender.failure = explain(error, contender.target);
        progress.finish(`${step}: failed (${contender.failure.split('\n')[0]?.slice(0, 200)})`);
      }
    }
  }
  return { name: workload, label: workloadLabels[workload], results: [...contenders.map(summarise), ...unstarted] };
}
