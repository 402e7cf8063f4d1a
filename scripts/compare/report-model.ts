import type { RecordedRun } from './recorded-run.js';
import type { ErrorShape } from './run-scenarios.js';
import { variantLabels, type Protocol, type VariantId } from './scenarios.js';
import { canonicalJson, median, percentile } from './stats.js';
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
  errorShape?: ErrorShape;
  failure?: string;
  /** This client's answer equals the one most clients of the scenario gave. */
  sameAnswer: boolean;
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
  { key: 'errorShape', title: 'Error shape', explanation: 'For the error scenarios: the HTTP status, the media type, where the shared error code sits, and the payload’s keys.' },
  { key: 'typeProbe', title: 'Type-safety probe', explanation: 'Whether tsc rejects a misspelt field (`pricecents`) on the client’s response type, and whether a required field is typed as present.' },
  { key: 'parity', title: 'Same answer', explanation: 'Whether this client returned the same domain answer as the others for the scenario.' },
];

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

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
        ...(record.errorShape ? { errorShape: record.errorShape } : {}),
        ...(record.failure ? { failure: record.failure } : {}),
        sameAnswer: !record.failure && canonicalJson(record.answer) === canonicalJson(reference),
      };
    });
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
  const partial = { meta: run.meta, columns, scenarios, typeProbes: run.typeProbes, plumbing: run.plumbing, generated: run.generated, setup: run.setup };
  return { ...partial, summaries: summarize(partial) };
}
