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
    report.meta.sqlCounted
      ? 'SQL statements are counted on the server (better-sqlite3’s statement hook on the shop’s database) between the start and the end of each run.'
      : 'SQL statements were not counted: the run measured a server it did not start.',
    rawSourceNote,
  ];
}

export const headerCell = (row: ReportRow) => `${formatBytes(row.responseHeadBytes)} (${formatBytes(row.baseHeaderBytes)} security) / ${formatBytes(row.responseBodyBytes)}`;

export const gzipCell = (row: ReportRow) => {
  if (row.gzipResponseBytes === undefined) return '–';
  const saved = row.responseBytes - row.gzipResponseBytes;
  return saved > 0 ? `${formatBytes(row.gzipResponseBytes)} (−${Math.round((saved / row.responseBytes) * 100)}%)` : `${formatBytes(row.gzipResponseBytes)} (none compressed)`;
};

export const sqlCell = (row: ReportRow) => (row.sqlStatements === undefined ? '–' : `${row.sqlStatements}`);

/** The columns every scenario table shows, in both formats. */
export const scenarioHead = ['Client', 'Round trips', 'Request bytes', 'Response bytes', 'Headers / body', 'With gzip', 'Median ms', 'p95 ms', 'Fields received / used', 'SQL statements', 'Code lines / tokens', 'Same answer'];

export const scenarioCells = (row: ReportRow) => [
  row.label, `${row.roundTrips}`, formatBytes(row.requestBytes), formatBytes(row.responseBytes), headerCell(row), gzipCell(row),
  formatMs(row.latencyMedianMs), formatMs(row.latencyP95Ms), fieldsCell(row), sqlCell(row), codeCell(row), answerCell(row),
];

/** The first measured run's exchanges as one text: each request, then its response, as sent (secrets redacted). */
export const rawText = (row: ReportRow) => row.exchanges.map((e) => `${e.raw.request}\n${e.raw.response}`).join('\n\n');

export const rawSummary = (row: ReportRow) => `Raw exchanges: ${row.label} (${row.exchanges.length} request${row.exchanges.length === 1 ? '' : 's'})`;

export const rawSourceNote =
  'The raw exchanges are those of the first measured run as the counting proxy saw them (the server’s own per-shop recorder was not yet available to the script); passwords, tokens, cookies and Authorization values are redacted, long bodies cut.';

export function cachingRows(report: ComparisonReport): string[][] {
  return report.caching.map((probe) => [
    probe.label,
    probe.request,
    `${probe.first.status}, ${formatBytes(probe.first.responseBytes)}`,
    probe.first.etag ?? (probe.first.lastModified ? `Last-Modified ${probe.first.lastModified}` : 'none'),
    probe.first.cacheControl ?? '–',
    `${probe.repeat.status}, ${formatBytes(probe.repeat.responseBytes)}${probe.repeat.sentValidator ? ' (sent If-None-Match)' : ''}`,
  ]);
}

export const cachingHead = ['Read', 'Request', 'First answer', 'Validator', 'Cache-Control', 'Asked again'];
