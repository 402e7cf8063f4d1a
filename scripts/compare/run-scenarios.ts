import { performance } from 'node:perf_hooks';
import type { SoapScenarioContext } from '../../clients/soap/scenarios/soap-kit.js';
import type { CountingProxy, Exchange } from './counting-proxy.js';
import { countLeaves, decodeResponse, pathOfValue, skeleton } from './payloads.js';
import { baseHeaderBytes, rawExchange, sendsPassword, type RawExchange } from './raw-exchange.js';
import type { Protocol, Scenario, VariantId } from './scenarios.js';

/** One run of one scenario through one client, measured at the proxy. */
export interface RunMeasurement {
  latencyMs: number;
  roundTrips: number;
  requestBytes: number;
  responseBytes: number;
  /** Of responseBytes: status lines and headers (the rest is bodies). */
  responseHeadBytes: number;
  /** Of responseHeadBytes: the security headers and request id this server adds to every response. */
  baseHeaderBytes: number;
  fieldsReceived: number;
  fieldsUsed: number;
  /** SQL statements the server ran for this run (only when compare started the server). */
  sqlStatements?: number;
}

export interface ExchangeRecord {
  request: string;
  status: number;
  contentType: string;
  requestBytes: number;
  responseBytes: number;
  responseHeadBytes: number;
  durationMs: number;
  /** The request sent a password: a log-in. */
  login: boolean;
  raw: RawExchange;
}

/** The same scenario asked once more with `Accept-Encoding: gzip`. */
export interface CompressedRun {
  requestBytes: number;
  responseBytes: number;
  responseHeadBytes: number;
  /** Responses that came back gzip-encoded, of all responses. */
  compressedResponses: number;
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
  /** The statements of the first measured run, in first-seen order, with how often each ran. */
  sql?: { statement: string; count: number }[];
  compressed?: CompressedRun;
}

const sumOf = (exchanges: Exchange[], pick: (e: Exchange) => number) => exchanges.reduce((sum, e) => sum + pick(e), 0);
const wireBytes = (exchanges: Exchange[], side: 'request' | 'response') =>
  sumOf(exchanges, (e) => (side === 'request' ? e.requestHeadBytes + e.requestBodyBytes : e.responseHeadBytes + e.responseBodyBytes));

/**
 * SQL as a reader compares it: one line, every literal a `?` (better-sqlite3 reports statements
 * with their values bound, session ids among them), so the same statement run seven times tallies as one.
 */
export const normaliseSql = (sql: string) =>
  sql
    .replace(/'(?:[^']|'')*'(?:\/\*\+\d+ bytes\*\/)?/g, '?')
    .replace(/(?<![\w.])-?\d+(?:\.\d+)?(?![\w])/g, '?')
    .replace(/\s+/g, ' ')
    .trim();

function tally(statements: string[]): { statement: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const statement of statements.map(normaliseSql)) counts.set(statement, (counts.get(statement) ?? 0) + 1);
  return [...counts].map(([statement, count]) => ({ statement, count }));
}

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
  /** The SQL statements the server ran since the last call (and forgets them); absent against --base-url. */
  takeSql?: () => string[];
}

/**
 * Every scenario through every client: one warm-up run (connections, JIT, caches), then `runs`
 * measured runs, one after the other, so the proxy's exchanges belong to exactly one run.
 */
export async function runScenarios({ proxy, ctx, runs, scenarios, onProgress, takeSql }: RunOptions): Promise<VariantRecord[]> {
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
        takeSql?.();
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
        const sql = takeSql?.();
        done += 1;
        if (run === 0) continue;
        record.runs.push({
          latencyMs,
          roundTrips: exchanges.length,
          requestBytes: wireBytes(exchanges, 'request'),
          responseBytes: wireBytes(exchanges, 'response'),
          responseHeadBytes: sumOf(exchanges, (e) => e.responseHeadBytes),
          baseHeaderBytes: sumOf(exchanges, (e) => baseHeaderBytes(e.responseHeaders)),
          fieldsReceived: exchanges.reduce((sum, e) => sum + countLeaves(decodeResponse(e)), 0),
          fieldsUsed: countLeaves(answer),
          ...(sql ? { sqlStatements: sql.length } : {}),
        });
        if (run === 1) {
          record.answer = answer;
          if (sql) record.sql = tally(sql);
          record.exchanges = exchanges.map((e) => ({
            request: `${e.method} ${e.target}`,
            status: e.status,
            contentType: e.responseHeaders.get('content-type') ?? '',
            requestBytes: e.requestHeadBytes + e.requestBodyBytes,
            responseBytes: e.responseHeadBytes + e.responseBodyBytes,
            responseHeadBytes: e.responseHeadBytes,
            durationMs: Math.round(e.durationMs * 10) / 10,
            login: sendsPassword(e),
            raw: rawExchange(e),
          }));
          if (scenario.expectsError) record.errorShape = errorShapeOf(exchanges, answer);
        }
      }
    }
  }
  onProgress?.(total, total, 'done');
  return records;
}

/**
 * Every scenario once more through a proxy that asks for gzip: bytes only (one run, no
 * warm-up: sizes do not depend on a warm server), stored on the records of the main pass.
 */
export async function runCompressed({ proxy, ctx, scenarios, records }: { proxy: CountingProxy; ctx: SoapScenarioContext; scenarios: Scenario[]; records: VariantRecord[] }): Promise<void> {
  for (const scenario of scenarios) {
    for (const variant of scenario.variants) {
      const record = records.find((r) => r.scenarioId === scenario.id && r.variantId === variant.id);
      if (!record || record.failure) continue;
      proxy.take();
      try {
        await variant.run(ctx);
      } catch {
        continue;
      }
      const exchanges = proxy.take();
      record.compressed = {
        requestBytes: wireBytes(exchanges, 'request'),
        responseBytes: wireBytes(exchanges, 'response'),
        responseHeadBytes: sumOf(exchanges, (e) => e.responseHeadBytes),
        compressedResponses: exchanges.filter((e) => e.responseHeaders.has('content-encoding')).length,
      };
    }
  }
}
