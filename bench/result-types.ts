import type { RoundResult } from './measure.js';
import type { Protocol, Role } from './target-list.js';
import type { WorkloadName } from './workload-constants.js';

export interface TargetInfo {
  name: string;
  label: string;
  role: Role;
  protocol: Protocol;
  /** Why it could not be started, if it could not. */
  failure?: string;
}

export interface TargetWorkloadResult {
  target: string;
  /** Answered every request correctly: the probe passed and no round had an error. */
  ok: boolean;
  failure?: string;
  note?: string;
  /** Medians over the rounds. Operations per second (a two-call SOAP page counts once). */
  reqPerSec?: number;
  latencyP50Ms?: number;
  latencyP99Ms?: number;
  /** Sums over the rounds. */
  requests: number;
  errors: number;
  /** Largest over the rounds. */
  peakRssMb?: number;
  /** Medians: share of a core the server and the load generator used (1 = one full core). */
  serverCpu?: number;
  loadGeneratorCpu?: number;
  /** This target's req/s divided by the ceiling's, and by each same-protocol peer's (ours only). */
  vsCeiling?: number;
  vsPeers?: Record<string, number>;
  rounds: RoundResult[];
}

export interface WorkloadResult {
  name: WorkloadName;
  label: string;
  results: TargetWorkloadResult[];
}

export interface ColdStart {
  /** Median ms from spawning `npm start` (existing database) to the first HTTP response. */
  medianMs?: number;
  /** The `npm start` samples behind medianMs. */
  runs: number[];
  request: string;
  /** ms per way of starting: bareNode, bareNpm (bare node:http), oursNode (`node dist/src/main.js`), oursNpm (`npm start`), oursNpmSeeding (first start). */
  samples?: Record<string, number[]>;
  medians?: Record<string, number>;
  ratios?: { npmStartVsBareNpm: number; npmFirstStartVsBareNpm: number; nodeVsBareNode: number };
  failure?: string;
}

/** Resident memory in MB. */
export interface MemoryResults {
  /** Each target right after start, before any load. */
  idleByTarget: Record<string, number>;
  /** Our server as `npm start` runs it (compiled, existing database): idle, then after GraphiQL and the docs page. */
  shop?: { idleMb: number; consolesMb: number; failure?: string };
}

export interface Goal {
  goal: string;
  actual?: number;
  wanted: number;
  met?: boolean;
}

export interface BenchResults {
  generatedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; pinned: boolean; serverCores?: string; loadCores?: string };
  settings: { quick: boolean; rounds: number; durationSeconds: number; warmupSeconds: number; connections: number; pipelining: 1 };
  ceilingBodies: 'ours-rest' | 'services' | 'not run';
  targets: TargetInfo[];
  workloads: WorkloadResult[];
  coldStart?: ColdStart;
  memory?: MemoryResults;
  goals: Goal[];
}
