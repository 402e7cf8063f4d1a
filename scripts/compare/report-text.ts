import type { ComparisonReport, ReportRow } from './report-model.js';

/** Small formatting shared by the Markdown and HTML reports, so both say the same thing. */

export const reportTitle = 'REST, GraphQL and SOAP on the same tasks';

export const formatBytes = (bytes: number) => (bytes >= 10_240 ? `${(bytes / 1024).toFixed(1)} kB` : `${Math.round(bytes)} B`);

export const formatMs = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export const fieldsCell = (row: ReportRow) => `${row.fieldsReceived} / ${row.fieldsUsed}`;

export const codeCell = (row: ReportRow) =>
  row.documentLines > 0 ? `${row.codeLines} / ${row.codeTokens} (incl. ${row.documentLines} / ${row.documentTokens} .graphql)` : `${row.codeLines} / ${row.codeTokens}`;

export const answerCell = (row: ReportRow) => (row.failure ? `failed: ${row.failure}` : row.sameAnswer ? 'yes' : 'DIFFERENT');

export function metaLine(report: ComparisonReport): string {
  const { meta } = report;
  return `${meta.runs} measured runs per scenario and client (after one warm-up run), ${meta.generatedAt}, Node ${meta.node} on ${meta.platform}, against ${meta.target}.`;
}

export const presenceText = { present: 'typed as present', optional: 'typed optional', unchecked: 'unchecked (any)' } as const;

/** Notes that hold for the whole report. */
export function generalNotes(report: ComparisonReport): string[] {
  const soapSetup = `The SOAP client reads the WSDL once when it is built (${report.setup.soapWsdlRoundTrips} request, ${formatBytes(report.setup.soapWsdlResponseBytes)}); that is not part of any scenario.`;
  return [
    'Every client talks to the server through a counting TCP proxy; bytes and round trips are what crossed it, latency includes it.',
    'The scenarios run one after another on one machine: latency compares the protocols’ overheads here, not production speed (see `npm run bench` for throughput).',
    soapSetup,
    'Ada’s session (her order history, the invalid order) is opened before the runs; “Log in and place an order” logs in inside the scenario.',
  ];
}
