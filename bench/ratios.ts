import type { ColdStart, Goal, TargetWorkloadResult, WorkloadResult } from './result-types.js';
import { peersOf, targetSpecs } from './target-list.js';
import type { WorkloadName } from './workload-constants.js';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * The median of the per-round ratios: rounds interleave the targets, so round n of both ran
 * seconds apart, and a burst of outside load on the machine cancels out of their ratio.
 */
function ratio(a: TargetWorkloadResult, b: TargetWorkloadResult | undefined): number | undefined {
  if (!b?.ok || b.reqPerSec === undefined || b.reqPerSec === 0 || a.reqPerSec === undefined) return undefined;
  const paired = a.rounds.length === b.rounds.length && b.rounds.every((round) => round.reqPerSec > 0);
  const value = paired ? median(a.rounds.map((round, index) => round.reqPerSec / (b.rounds[index]?.reqPerSec ?? 1))) : a.reqPerSec / b.reqPerSec;
  return Math.round(value * 100) / 100;
}

const byName = (results: TargetWorkloadResult[], name: string) => results.find((result) => result.target === name);

/** Adds `vsCeiling` to every correct result and `vsPeers` to ours; only correct targets take part. */
export function addRatios(workload: WorkloadResult): WorkloadResult {
  const ceiling = byName(workload.results, 'ceiling');
  const results = workload.results.map((result) => {
    if (!result.ok) return result;
    const spec = targetSpecs.find((candidate) => candidate.name === result.target);
    const vsCeiling = result.target === 'ceiling' ? undefined : ratio(result, ceiling);
    const vsPeers: Record<string, number> = {};
    for (const peer of spec ? peersOf(spec) : []) {
      const value = ratio(result, byName(workload.results, peer.name));
      if (value !== undefined) vsPeers[peer.name] = value;
    }
    return {
      ...result,
      ...(vsCeiling === undefined ? {} : { vsCeiling }),
      ...(Object.keys(vsPeers).length === 0 ? {} : { vsPeers }),
    };
  });
  return { ...workload, results };
}

/** The speed targets of issue 7 part 5, checked against this run (informational: no test asserts them). */
export function checkGoals(workloads: WorkloadResult[], coldStart: ColdStart | undefined): Goal[] {
  const goals: Goal[] = [];
  const find = (workload: WorkloadName, target: string) =>
    workloads.find((entry) => entry.name === workload)?.results.find((result) => result.target === target);
  const add = (goal: string, actual: number | undefined, wanted: number, atMost = false) => {
    goals.push({ goal, ...(actual === undefined ? {} : { actual, met: atMost ? actual < wanted : actual >= wanted }), wanted });
  };
  for (const { name } of workloads) {
    add(`${name}: REST ≥ 0.7× ceiling`, find(name, 'ours-rest')?.vsCeiling, 0.7);
    add(`${name}: REST ≥ 3× json-server`, find(name, 'ours-rest')?.vsPeers?.['json-server'], 3);
    add(`${name}: GraphQL ≥ 1× Apollo Server`, find(name, 'ours-graphql')?.vsPeers?.apollo, 1);
    add(`${name}: GraphQL ≥ 0.7× Mercurius+jit`, find(name, 'ours-graphql')?.vsPeers?.['mercurius-jit'], 0.7);
  }
  if (workloads.some((entry) => entry.name === 'page')) add('page: SOAP ≥ 1.5× node-soap listen', find('page', 'ours-soap')?.vsPeers?.['node-soap'], 1.5);
  if (coldStart) add('cold start to first response < 1000 ms', coldStart.medianMs, 1000, true);
  return goals;
}
