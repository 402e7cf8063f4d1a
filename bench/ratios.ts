import type { ColdStart, Goal, TargetWorkloadResult, WorkloadResult } from './result-types.js';
import { peersOf, targetSpecs } from './target-list.js';
import type { WorkloadName } from './workload-constants.js';

const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || b === 0 ? undefined : Math.round((a / b) * 100) / 100;

/** Only targets that answered everything correctly take part in a ratio. */
const speedOf = (results: TargetWorkloadResult[], name: string): number | undefined => {
  const found = results.find((result) => result.target === name);
  return found?.ok ? found.reqPerSec : undefined;
};

/** Adds `vsCeiling` to every correct result and `vsPeers` to ours, within this run's numbers. */
export function addRatios(workload: WorkloadResult): WorkloadResult {
  const ceiling = speedOf(workload.results, 'ceiling');
  const results = workload.results.map((result) => {
    if (!result.ok) return result;
    const spec = targetSpecs.find((candidate) => candidate.name === result.target);
    const vsCeiling = result.target === 'ceiling' ? undefined : ratio(result.reqPerSec, ceiling);
    const vsPeers: Record<string, number> = {};
    for (const peer of spec ? peersOf(spec) : []) {
      const value = ratio(result.reqPerSec, speedOf(workload.results, peer.name));
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
