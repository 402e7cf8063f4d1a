import type { WorkloadName } from '../workload-constants.js';

export interface BenchRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Why a response is wrong, or undefined when it is right. Runs on every measured response. */
export type BodyCheck = (body: string) => string | undefined;

export interface WorkloadStep {
  request: BenchRequest;
  /** The 2xx status the request must get (200 or 201). */
  expectedStatus: number;
  check: BodyCheck;
}

/** One operation of a workload: usually one HTTP call; SOAP's page takes two (it has no embedding). */
export interface WorkloadPlan {
  steps: WorkloadStep[];
  /** Said in the report when the protocol needs something the others do not. */
  note?: string;
}

export const oneCall = (request: BenchRequest, expectedStatus: number, check: BodyCheck): WorkloadPlan => ({
  steps: [{ request, expectedStatus, check }],
});

/** The seed's answers, so checks compare against data rather than merely parse. */
export interface ExpectedData {
  product: { id: number; name: string; priceCents: number };
  /** Each seeded product's category name, by product id. */
  categoryNameByProductId: Map<number, string>;
  /** The same as two tables, for protocols that return ids and leave the join to the client. */
  categoryIdByProductId: Map<number, number>;
  categoryNameById: Map<number, string>;
}

/** How one family of targets is asked for each workload (and how it gets fresh stock). */
export interface Dialect {
  plan(workload: WorkloadName): Promise<WorkloadPlan>;
  /** Runs before every measured round of `workload` (restock for the write path). */
  beforeRound(workload: WorkloadName): Promise<void>;
}

export type DialectFactory = (baseUrl: string, expected: ExpectedData) => Dialect;
