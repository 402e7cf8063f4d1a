import { performance } from 'node:perf_hooks';
import type { SoapScenarioContext } from '../../clients/soap/scenarios/soap-kit.js';
import type { CountingProxy, Exchange } from './counting-proxy.js';
import { countLeaves, decodeResponse, pathOfValue, skeleton } from './payloads.js';
import type { Protocol, Scenario, VariantId } from './scenarios.js';

/** One run of one scenario through one client, measured at the proxy. */
export interface RunMeasurement {
  latencyMs: number;
  roundTrips: number;
  requestBytes: number;
  responseBytes: number;
  fieldsReceived: number;
  fieldsUsed: number;
}

export interface ExchangeRecord {
  request: string;
  status: number;
  contentType: string;
  requestBytes: number;
  responseBytes: number;
}

/** How a protocol told the client what went wrong. */
export interface ErrorShape {
  status: number;
  contentType: string;
  /** Where the shared error code sits in the decoded payload, e.g. `errors[0].extensions.code`. */
  codePath: string;
  /** The payload's keys without values. */
  shape: string;
}

export interface VariantRecord {
  scenarioId: string;
  variantId: VariantId;
  protocol: Protocol;
  runs: RunMeasurement[];
  /** The domain answer of the first measured run. */
  answer: unknown;
  /** What crossed the wire in the first measured run. */
  exchanges: ExchangeRecord[];
  errorShape?: ErrorShape;
  failure?: string;
}

const wireBytes = (exchanges: Exchange[], side: 'request' | 'response') =>
  exchanges.reduce((sum, e) => sum + (side === 'request' ? e.requestHeadBytes + e.requestBodyBytes : e.responseHeadBytes + e.responseBodyBytes), 0);

function errorShapeOf(exchanges: Exchange[], answer: unknown): ErrorShape | undefined {
  const code = (answer as { error?: { code?: string } }).error?.code;
  if (!code) return undefined;
  for (const exchange of exchanges) {
    const payload = decodeResponse(exchange);
    const codePath = pathOfValue(payload, code);
    if (codePath) {
      return { status: exchange.status, contentType: exchange.responseHeaders.get('content-type') ?? '', codePath, shape: skeleton(payload) };
    }
  }
  return undefined;
}

export interface RunOptions {
  proxy: CountingProxy;
  ctx: SoapScenarioContext;
  runs: number;
  scenarios: Scenario[];
  onProgress?: (done: number, total: number, label: string) => void;
}

/**
 * Every scenario through every client: one warm-up run (connections, JIT, caches), then `runs`
 * measured runs, one after the other, so the proxy's exchanges belong to exactly one run.
 */
export async function runScenarios({ proxy, ctx, runs, scenarios, onProgress }: RunOptions): Promise<VariantRecord[]> {
  const records: VariantRecord[] = [];
  const total = scenarios.reduce((sum, s) => sum + s.variants.length, 0) * (runs + 1);
  let done = 0;
  for (const scenario of scenarios) {
    for (const variant of scenario.variants) {
      const record: VariantRecord = { scenarioId: scenario.id, variantId: variant.id, protocol: variant.protocol, runs: [], answer: undefined, exchanges: [] };
      records.push(record);
      for (let run = 0; run <= runs; run += 1) {
        onProgress?.(done, total, `${scenario.id} · ${variant.id}`);
        proxy.take();
        const started = performance.now();
        let answer: unknown;
        try {
          answer = await variant.run(ctx);
        } catch (error) {
          record.failure = error instanceof Error ? error.message : String(error);
          done += runs + 1 - run;
          break;
        }
        const latencyMs = performance.now() - started;
        const exchanges = proxy.take();
        done += 1;
        if (run === 0) continue;
        record.runs.push({
          latencyMs,
          roundTrips: exchanges.length,
          requestBytes: wireBytes(exchanges, 'request'),
          responseBytes: wireBytes(exchanges, 'response'),
          fieldsReceived: exchanges.reduce((sum, e) => sum + countLeaves(decodeResponse(e)), 0),
          fieldsUsed: countLeaves(answer),
        });
        if (run === 1) {
          record.answer = answer;
          record.exchanges = exchanges.map((e) => ({
            request: `${e.method} ${e.target}`,
            status: e.status,
            contentType: e.responseHeaders.get('content-type') ?? '',
            requestBytes: e.requestHeadBytes + e.requestBodyBytes,
            responseBytes: e.responseHeadBytes + e.responseBodyBytes,
          }));
          if (scenario.expectsError) record.errorShape = errorShapeOf(exchanges, answer);
        }
      }
    }
  }
  onProgress?.(total, total, 'done');
  return records;
}
