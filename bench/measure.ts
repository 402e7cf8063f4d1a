import autocannon from 'autocannon';
import { watchCpu } from './process-cpu.js';
import { watchPeakRss } from './process-memory.js';
import type { WorkloadPlan } from './workloads/workload-types.js';

export interface LoadSettings {
  connections: number;
  /** Seconds. */
  duration: number;
}

export interface RoundResult {
  reqPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  /** Connection errors and timeouts, plus answers with the wrong status or a wrong body. */
  errors: number;
  wrongAnswers: number;
  firstWrongAnswer?: string;
  peakRssMb?: number;
  /** Share of a core used during the round (1 = one full core). */
  serverCpu?: number;
  loadGeneratorCpu?: number;
}

/**
 * Loads `plan` at a fixed concurrency, no pipelining; every response is checked, not sampled.
 * A body identical to the last one that passed is right without parsing it again: otherwise
 * the checker, on the load generator's one core, would cap the fastest targets.
 * Throughput counts operations (a two-call SOAP page is one), latency is per HTTP call.
 */
export async function runLoad(baseUrl: string, plan: WorkloadPlan, settings: LoadSettings): Promise<Omit<RoundResult, 'peakRssMb'>> {
  let wrongAnswers = 0;
  let firstWrongAnswer: string | undefined;
  const requests = plan.steps.map(({ request, expectedStatus, check }) => {
    let lastGood: string | undefined;
    const judge = (status: number, body: string): string | undefined => {
      if (status !== expectedStatus) return `status ${status}, expected ${expectedStatus}: ${body.slice(0, 160)}`;
      if (body === lastGood) return undefined;
      const problem = check(body);
      if (problem === undefined) lastGood = body;
      return problem;
    };
    return {
      method: request.method,
      path: request.path,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      onResponse: (status: number, body: string) => {
        const problem = judge(status, body);
        if (problem === undefined) return;
        wrongAnswers += 1;
        firstWrongAnswer ??= `${request.method} ${request.path}: ${problem}`;
      },
    };
  });
  const result = await autocannon({
    url: baseUrl,
    connections: settings.connections,
    duration: settings.duration,
    pipelining: 1,
    timeout: 10,
    // The default 1 s sample would stretch a 0.5 s quick round to 1 s.
    sampleInt: 100,
    requests,
  });
  return {
    reqPerSec: Math.round(result.requests.total / plan.steps.length / Math.max(result.duration, 0.001)),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + wrongAnswers,
    wrongAnswers,
    ...(firstWrongAnswer === undefined ? {} : { firstWrongAnswer }),
  };
}

/** One measured round: load, plus the server's peak RSS and both sides' CPU during it. */
export async function measureRound(baseUrl: string, plan: WorkloadPlan, settings: LoadSettings, serverPid: number): Promise<RoundResult> {
  const memory = await watchPeakRss(serverPid);
  const cpu = await watchCpu(serverPid);
  const load = await runLoad(baseUrl, plan, settings);
  const usage = await cpu.stop();
  const peakRssMb = await memory.stop();
  return { ...load, ...usage, ...(peakRssMb === undefined ? {} : { peakRssMb }) };
}
