import type { RecordedRun } from './recorded-run.js';
import { causes, cachingNotes, queryNotes, whyRow } from './report-explain.js';
import type { ErrorShape, ExchangeRecord } from './run-scenarios.js';
import { variantLabels, type Protocol, type VariantId } from './scenarios.js';
import { canonicalJson, median, percentile, sum } from './stats.js';
import { summarize, type ProtocolSummary } from './summary.js';

/** One scenario through one client, aggregated over the measured runs. */
export interface ReportRow {
  scenarioId: string;
  variantId: VariantId;
  label: string;
  protocol: Protocol;
  roundTrips: number;
  requestBytes: number;
  responseBytes: number;
  latencyMedianMs: number;
  latencyP95Ms: number;
  fieldsReceived: number;
  fieldsUsed: number;
  codeLines: number;
  codeTokens: number;
  /** GraphQL: the lines and tokens of the operation documents, already included above. */
  documentLines: number;
  documentTokens: number;
  /** Of responseBytes: status lines and headers, and of those the security headers and request id. */
  responseHeadBytes: number;
  baseHeaderBytes: number;
  responseBodyBytes: number;
  /** The same scenario asked with `Accept-Encoding: gzip` (one run). */
  gzipResponseBytes?: number;
  gzipCompressedResponses?: number;
  /** SQL statements the server ran, median over the runs; and, in the first run, those on the session table. */
  sqlStatements?: number;
  sessionStatements?: number;
  sql?: { statement: string; count: number }[];
  /** The log-in request's time at the proxy (first measured run), when the scenario logs in. */
  loginMs?: number;
  /** What crossed the wire in the first measured run, raw text included (secrets redacted). */
  exchanges: ExchangeRecord[];
  errorShape?: ErrorShape;
  failure?: string;
  /** This client's answer equals the one most clients of the scenario gave. */
  sameAnswer: boolean;
  /** One sentence: where this client wins or loses in the scenario, and why. */
  why: string;
}

export interface ReportScenario {
  id: string;
  title: string;
  expectsError: boolean;
  caveat?: string;
  /** Every client returned the same domain answer. */
  parity: boolean;
  answer: unknown;
  rows: ReportRow[];
}

export interface ComparisonReport {
  meta: RecordedRun['meta'];
  columns: { key: string; title: string; explanation: string }[];
  scenarios: ReportScenario[];
  typeProbes: RecordedRun['typeProbes'];
  plumbing: RecordedRun['plumbing'];
  generated: RecordedRun['generated'];
  setup: RecordedRun['setup'];
  caching: RecordedRun['caching'];
  /** Results that come from a choice of this project, not of a protocol. */
  causes: string[];
  cachingNotes: string[];
  /** The N+1 story, from the order-history scenario's SQL counts. */
  queryNotes: string[];
  summaries: ProtocolSummary[];
}

/** Each column of the tables, in one sentence: the report prints these. */
export const columns: ComparisonReport['columns'] = [
  { key: 'roundTrips', title: 'Round trips', explanation: 'HTTP requests the client sent to finish the scenario, counted at a proxy between client and server.' },
  { key: 'requestBytes', title: 'Request bytes', explanation: 'Bytes the client sent (request lines, headers and bodies) as they crossed the wire, median over the runs.' },
  { key: 'responseBytes', title: 'Response bytes', explanation: 'Bytes the server sent back (status lines, headers and bodies) as they crossed the wire, median over the runs.' },
  { key: 'latencyMedianMs', title: 'Median ms', explanation: 'Wall-clock time of the whole scenario in the client, median over the runs, on this machine through the proxy.' },
  { key: 'latencyP95Ms', title: 'p95 ms', explanation: 'The 95th percentile of the same times (with fewer than 20 runs, the slowest one).' },
  { key: 'fields', title: 'Fields received / used', explanation: 'Leaf values in the decoded response payloads against leaf values in the answer the scenario returns: the gap is over-fetching.' },
  { key: 'code', title: 'Code lines / tokens', explanation: 'Lines and tokens of the scenario function and the helpers in its own file, comments and blank lines left out; GraphQL adds its operation documents.' },
  { key: 'headerBytes', title: 'Headers / body', explanation: 'Response bytes split into status lines with headers and bodies; of the headers, the security headers and request id this server adds to every response.' },
  { key: 'gzipBytes', title: 'With gzip', explanation: 'Response bytes when the same scenario asks with `Accept-Encoding: gzip` (the main runs ask for no compression, as the benchmark does); answers under 1 KiB are never compressed.' },
  { key: 'sqlStatements', title: 'SQL statements', explanation: 'Statements the server’s database ran during the scenario, counted on the server, median over the runs.' },
  { key: 'errorShape', title: 'Error shape', explanation: 'For the error scenarios: the HTTP status, the media type, where the shared error code sits, and the payload’s keys.' },
  { key: 'typeProbe', title: 'Type-safety probe', explanation: 'Whether tsc rejects a misspelt field (`pricecents`) on the client’s response type, and whether a required field is typed as present.' },
  { key: 'parity', title: 'Same answer', explanation: 'Whether this client returned the same domain answer as the others for the scenario.' },
];

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const loginTime = (exchanges: ExchangeRecord[]) => {
  const login = exchanges.find((e) => e.login);
  return login ? { loginMs: login.durationMs } : {};
};

/** The report, computed from the recorded measurements alone. */
export function buildReport(run: RecordedRun): ComparisonReport {
  const scenarios = run.scenarios.map((scenario): ReportScenario => {
    const records = run.records.filter((record) => record.scenarioId === scenario.id);
    // The answer most clients agree on is the reference; a lone outlier is the one marked.
    const votes = new Map<string, { answer: unknown; count: number }>();
    for (const record of records.filter((r) => !r.failure)) {
      const key = canonicalJson(record.answer);
      votes.set(key, { answer: record.answer, count: (votes.get(key)?.count ?? 0) + 1 });
    }
    const reference = [...votes.values()].sort((a, b) => b.count - a.count)[0]?.answer;
    const rows = records.map((record): ReportRow => {
      const size = run.codeSizes.find((c) => c.scenarioId === scenario.id && c.variantId === record.variantId);
      const of = (pick: (r: (typeof record.runs)[number]) => number) => record.runs.map(pick);
      return {
        scenarioId: scenario.id,
        variantId: record.variantId,
        label: variantLabels[record.variantId],
        protocol: record.protocol,
        roundTrips: median(of((r) => r.roundTrips)),
        requestBytes: median(of((r) => r.requestBytes)),
        responseBytes: median(of((r) => r.responseBytes)),
        latencyMedianMs: round(median(of((r) => r.latencyMs))),
        latencyP95Ms: round(percentile(of((r) => r.latencyMs), 95)),
        fieldsReceived: median(of((r) => r.fieldsReceived)),
        fieldsUsed: median(of((r) => r.fieldsUsed)),
        codeLines: (size?.lines ?? 0) + (size?.documents.lines ?? 0),
        codeTokens: (size?.tokens ?? 0) + (size?.documents.tokens ?? 0),
        documentLines: size?.documents.lines ?? 0,
        documentTokens: size?.documents.tokens ?? 0,
        responseHeadBytes: median(of((r) => r.responseHeadBytes)),
        baseHeaderBytes: median(of((r) => r.baseHeaderBytes)),
        responseBodyBytes: median(of((r) => r.responseBytes - r.responseHeadBytes)),
        ...(record.compressed ? { gzipResponseBytes: record.compressed.responseBytes, gzipCompressedResponses: record.compressed.compressedResponses } : {}),
        ...(run.meta.sqlCounted && record.runs.length > 0 ? { sqlStatements: median(of((r) => r.sqlStatements ?? 0)) } : {}),
        ...(record.sql ? { sql: record.sql, sessionStatements: sum(record.sql.filter((q) => /\bsessions\b/.test(q.statement)).map((q) => q.count)) } : {}),
        ...loginTime(record.exchanges),
        exchanges: record.exchanges,
        ...(record.errorShape ? { errorShape: record.errorShape } : {}),
        ...(record.failure ? { failure: record.failure } : {}),
        sameAnswer: !record.failure && canonicalJson(record.answer) === canonicalJson(reference),
        why: '',
      };
    });
    for (const row of rows) row.why = whyRow(row, rows);
    return {
      id: scenario.id,
      title: scenario.title,
      expectsError: scenario.expectsError,
      ...(scenario.caveat ? { caveat: scenario.caveat } : {}),
      parity: rows.length > 0 && rows.every((row) => row.sameAnswer),
      answer: reference,
      rows,
    };
  });
  const measured = { meta: run.meta, columns, scenarios, typeProbes: run.typeProbes, plumbing: run.plumbing, generated: run.generated, setup: run.setup, caching: run.caching };
  const partial = { ...measured, causes: causes(measured), cachingNotes: cachingNotes(run.caching), queryNotes: queryNotes(measured) };
  return { ...partial, summaries: summarize(partial) };
}
