import type { ColdStart, Goal, MemoryResults, TargetWorkloadResult, WorkloadResult } from './result-types.js';
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

/** Our largest peak RSS in a workload over the largest peer's (any protocol), from the same run. */
export function peakVsLargestPeer(workload: WorkloadResult): { ours?: number; peer?: number; ratio?: number } {
  const peak = (role: string) => {
    const values = workload.results
      .filter((result) => targetSpecs.find((spec) => spec.name === result.target)?.role === role && result.peakRssMb !== undefined)
      .map((result) => result.peakRssMb as number);
    return values.length === 0 ? undefined : Math.max(...values);
  };
  const ours = peak('ours');
  const peer = peak('peer');
  return { ours, peer, ...(ours !== undefined && peer !== undefined ? { ratio: Math.round((ours / peer) * 100) / 100 } : {}) };
}

/** The speed, start and memory targets of issues 7 and 14, checked against this run (informational: no test asserts them). */
export function checkGoals(workloads: WorkloadResult[], coldStart: ColdStart | undefined, memory?: MemoryResults): Goal[] {
  const goals: Goal[] = [];
  const find = (workload: WorkloadName, target: string) =>
    workloads.find((entry) => entry.name === workload)?.results.find((result) => result.target === target);
  const add = (goal: string, actual: number | undefined, wanted: number, atMost = false) => {
    goals.push({ goal, ...(actual === undefined ? {} : { actual, met: atMost ? actual <= wanted : actual >= wanted }), wanted });
  };
  for (const { name } of workloads) {
    add(`${name}: REST ≥ 0.7× ceiling`, find(name, 'ours-rest')?.vsCeiling, 0.7);
    add(`${name}: REST ≥ 3× json-server`, find(name, 'ours-rest')?.vsPeers?.['json-server'], 3);
    add(`${name}: GraphQL ≥ 1× Apollo Server`, find(name, 'ours-graphql')?.vsPeers?.apollo, 1);
    add(`${name}: GraphQL ≥ 0.7× Mercurius+jit`, find(name, 'ours-graphql')?.vsPeers?.['mercurius-jit'], 0.7);
  }
  if (workloads.some((entry) => entry.name === 'page')) add('page: SOAP ≥ 1.5× node-soap listen', find('page', 'ours-soap')?.vsPeers?.['node-soap'], 1.5);
  if (coldStart) {
    add('`npm start` to first response ≤ 1000 ms', coldStart.medianMs, 1000, true);
    add('start, existing database ≤ 8× bare node:http (both through npm)', coldStart.ratios?.npmStartVsBareNpm, 8, true);
    add('first start, seeding ≤ 15× bare node:http (both through npm)', coldStart.ratios?.npmFirstStartVsBareNpm, 15, true);
  }
  if (memory?.shop && memory.shop.failure === undefined) {
    add('idle RSS ≤ 120 MB', memory.shop.idleMb, 120, true);
    add('RSS after opening the consoles ≤ 150 MB', memory.shop.consolesMb, 150, true);
  }
  for (const workload of workloads) add(`${workload.name}: our peak RSS ≤ 1.3× the largest peer's`, peakVsLargestPeer(workload).ratio, 1.3, true);
  return goals;
}
