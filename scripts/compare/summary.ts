import type { ComparisonReport, ReportRow } from './report-model.js';
import type { Protocol } from './scenarios.js';
import { median, sum } from './stats.js';

export interface ProtocolSummary {
  protocol: Protocol;
  title: string;
  points: string[];
}

type Family = 'rest' | 'restBest' | 'graphql' | 'soap';

interface Totals {
  rows: ReportRow[];
  roundTrips: number;
  requestBytes: number;
  responseBytes: number;
  fieldsReceived: number;
  fieldsUsed: number;
  latencyMs: number;
  tokens: number;
  most: ReportRow | undefined;
}

/** Per scenario, REST's leanest variant: fewest round trips, then fewest bytes received. */
function bestRest(rows: ReportRow[]): ReportRow | undefined {
  return rows
    .filter((row) => row.protocol === 'rest' && !row.failure)
    .sort((a, b) => a.roundTrips - b.roundTrips || a.responseBytes - b.responseBytes)[0];
}

function totals(rows: ReportRow[]): Totals {
  const total = (pick: (row: ReportRow) => number) => sum(rows.map(pick));
  return {
    rows,
    roundTrips: total((r) => r.roundTrips),
    requestBytes: total((r) => r.requestBytes),
    responseBytes: total((r) => r.responseBytes),
    fieldsReceived: total((r) => r.fieldsReceived),
    fieldsUsed: total((r) => r.fieldsUsed),
    latencyMs: total((r) => r.latencyMedianMs),
    tokens: total((r) => r.codeTokens),
    most: [...rows].sort((a, b) => b.roundTrips - a.roundTrips)[0],
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const pct = (used: number, received: number) => (received === 0 ? '–' : `${Math.round((used / received) * 100)}%`);
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** " (the fewest of the three)", " (the most of the three)" or "" for a value among the protocols' values. */
function rank(value: number, all: number[], low = 'fewest', high = 'most'): string {
  if (all.every((v) => v === value)) return ' (the same for all three)';
  if (value === Math.min(...all)) return ` (the ${low} of the three)`;
  if (value === Math.max(...all)) return ` (the ${high} of the three)`;
  return '';
}

function errorPoint(rows: ReportRow[]): string {
  const shapes = rows.filter((row) => row.errorShape);
  if (shapes.length === 0) return 'Errors: no error shape was recorded.';
  const statuses = [...new Set(shapes.map((row) => row.errorShape?.status))].join('/');
  const types = [...new Set(shapes.map((row) => row.errorShape?.contentType.split(';')[0]))].join(', ');
  const paths = [...new Set(shapes.map((row) => row.errorShape?.codePath))].map((path) => `\`${path}\``).join(', ');
  return `Errors: HTTP ${statuses} as ${types}; the error code sits at ${paths}.`;
}

function typePoint(report: Omit<ComparisonReport, 'summaries'>, client: string): string {
  const probe = report.typeProbes.find((p) => p.client === client);
  if (!probe) return 'Types: no probe result.';
  if (!probe.controlCompiles) return `Types: the probe did not compile even when correct (${probe.controlMessage}).`;
  const caught = probe.wrongFieldCaught ? 'tsc caught the misspelt field' : 'tsc did not catch the misspelt field';
  const presence = { present: 'required fields are typed as present', optional: 'every field is typed optional, so the code checks presence at run time', unchecked: 'nothing is checked' }[probe.presence];
  return `Types: ${caught}; ${presence}.`;
}

/** A few sentences per protocol, each computed from the numbers in the report. */
export function summarize(report: Omit<ComparisonReport, 'summaries'>): ProtocolSummary[] {
  const rows = report.scenarios.flatMap((scenario) => scenario.rows);
  const family: Record<Family, Totals> = {
    rest: totals(rows.filter((row) => row.variantId === 'rest')),
    restBest: totals(report.scenarios.map((scenario) => bestRest(scenario.rows)).filter((row): row is ReportRow => row !== undefined)),
    graphql: totals(rows.filter((row) => row.variantId === 'graphql')),
    soap: totals(rows.filter((row) => row.variantId === 'soap')),
  };
  const count = report.scenarios.length;
  const peers = (pick: (t: Totals) => number) => [family.restBest, family.graphql, family.soap].map(pick);
  const mostTrips = (t: Totals) => (t.most ? `, at most ${t.most.roundTrips} in one scenario (${t.most.scenarioId})` : '');

  // Latency: the login scenario's password hashing dwarfs everything else, so count wins per scenario, not sums.
  const fastestIn = (t: Totals) =>
    report.scenarios.filter((scenario) => {
      const mine = t.rows.find((row) => row.scenarioId === scenario.id)?.latencyMedianMs;
      const all = [family.restBest, family.graphql, family.soap].map((p) => p.rows.find((row) => row.scenarioId === scenario.id)?.latencyMedianMs ?? Infinity);
      return mine !== undefined && mine === Math.min(...all);
    }).length;

  const common = (t: Totals, name: string) => [
    `Bytes: ${kb(t.responseBytes)} received and ${kb(t.requestBytes)} sent over the ${count} scenarios${rank(t.responseBytes, peers((p) => p.responseBytes), 'least received', 'most received')}.`,
    `Over-fetching: the scenarios used ${pct(t.fieldsUsed, t.fieldsReceived)} of the ${t.fieldsReceived} fields ${name} received.`,
    `Latency: the lowest median in ${fastestIn(t)} of ${count} scenarios; its typical scenario took ${ms(median(t.rows.map((row) => row.latencyMedianMs)))} (median of the scenario medians).`,
  ];

  return [
    {
      protocol: 'rest',
      title: 'REST',
      points: [
        `Round trips: ${family.rest.roundTrips} over the ${count} scenarios written naively${mostTrips(family.rest)}; ${family.restBest.roundTrips} with include/fields where they help${rank(family.restBest.roundTrips, peers((p) => p.roundTrips))}.`,
        ...common(family.restBest, 'REST (with include/fields)'),
        `Naive REST, for contrast: ${kb(family.rest.responseBytes)} received, ${pct(family.rest.fieldsUsed, family.rest.fieldsReceived)} of ${family.rest.fieldsReceived} fields used.`,
        errorPoint(family.rest.rows),
        typePoint(report, 'rest'),
        `Code: ${family.rest.tokens} tokens naive, ${family.restBest.tokens} with include/fields.`,
      ],
    },
    {
      protocol: 'graphql',
      title: 'GraphQL',
      points: [
        `Round trips: ${family.graphql.roundTrips} over the ${count} scenarios${rank(family.graphql.roundTrips, peers((p) => p.roundTrips))}${mostTrips(family.graphql)}.`,
        ...common(family.graphql, 'GraphQL'),
        errorPoint(family.graphql.rows),
        typePoint(report, 'graphql'),
        `Code: ${family.graphql.tokens} tokens, ${sum(family.graphql.rows.map((r) => r.documentTokens))} of them in .graphql operation documents.`,
      ],
    },
    {
      protocol: 'soap',
      title: 'SOAP',
      points: [
        `Round trips: ${family.soap.roundTrips} over the ${count} scenarios${rank(family.soap.roundTrips, peers((p) => p.roundTrips))}${mostTrips(family.soap)}; before the first call the client read the WSDL (${report.setup.soapWsdlRoundTrips} request, ${kb(report.setup.soapWsdlResponseBytes)}, not counted above).`,
        ...common(family.soap, 'SOAP'),
        errorPoint(family.soap.rows),
        typePoint(report, 'soap'),
        `Code: ${family.soap.tokens} tokens.`,
      ],
    },
  ];
}
