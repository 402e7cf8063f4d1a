import type { CachingProbe } from './caching-probe.js';
import type { ComparisonReport, ReportRow } from './report-model.js';
import type { VariantId } from './scenarios.js';
import { sum } from './stats.js';

/**
 * The sentences that credit each result to its cause: the protocol's way of asking, or a choice
 * of this project (password hashing, security headers, how the contracts were written). Every
 * number comes from the measurements; only the mechanism per client is stated here.
 */

type Measured = Pick<ComparisonReport, 'meta' | 'scenarios' | 'typeProbes' | 'setup' | 'caching'>;

const pct = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
const ms = (value: number) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
const range = (values: number[], format: (v: number) => string) =>
  values.length === 0 ? '–' : Math.min(...values) === Math.max(...values) ? format(values[0] ?? 0) : `${format(Math.min(...values))}–${format(Math.max(...values))}`;

const mechanism: Record<VariantId, string> = {
  rest: 'one request per resource, each answered whole',
  'rest-include': '`include=` embeds the related resources in the one answer',
  'rest-fields': '`fields=` trims each representation to the fields asked for',
  graphql: 'one query names exactly the fields it uses, across related objects',
  soap: 'one operation per call, each answering whole objects in an XML envelope',
};

/** "a, b and c" */
const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "GET /rest/orders, 7 × GET /rest/products/{id}" */
function requestsOf(row: ReportRow): string {
  const counts = new Map<string, number>();
  for (const exchange of row.exchanges) {
    const key = exchange.request.split('?')[0]?.replace(/\/\d+(?=\/|$)/g, '/{id}') ?? exchange.request;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => (count > 1 ? `${count} × ${key}` : key)).join(', ');
}

/** One sentence per row: where it is best or worst among the scenario's clients, and by which mechanism. */
export function whyRow(row: ReportRow, rows: ReportRow[]): string {
  if (row.failure) return `${row.label} failed: ${row.failure}.`;
  const peers = rows.filter((r) => !r.failure);
  const metrics: [string, (r: ReportRow) => number | undefined][] = [
    ['round trips', (r) => r.roundTrips],
    ['response bytes', (r) => r.responseBytes],
    // With a log-in in the scenario the time is the password hash's, the same work in every protocol.
    ['median time', (r) => (peers.some((p) => p.loginMs !== undefined) ? undefined : r.latencyMedianMs)],
    ['SQL statements', (r) => r.sqlStatements],
  ];
  const best: string[] = [];
  const worst: string[] = [];
  for (const [name, pick] of metrics) {
    const values = peers.map(pick).filter((v): v is number => v !== undefined);
    const mine = pick(row);
    if (mine === undefined || values.length < 2 || Math.min(...values) === Math.max(...values)) continue;
    const timed = name === 'median time';
    if (mine === Math.min(...values)) best.push(`${timed ? 'lowest' : 'fewest'} ${name}`);
    else if (mine === Math.max(...values)) worst.push(`${timed ? 'highest' : 'most'} ${name}`);
  }
  const verdict = [listed(best), listed(worst)].filter(Boolean).join('; ') || 'neither fewest nor most of anything';
  const facts = [`${row.roundTrips} request${row.roundTrips === 1 ? '' : 's'}: ${requestsOf(row)}`];
  if (row.fieldsReceived > row.fieldsUsed) facts.push(`${row.fieldsReceived} fields received for ${row.fieldsUsed} used`);
  if (row.loginMs !== undefined) facts.push(`the log-in alone took ${ms(row.loginMs)} (password hashing)`);
  if (row.baseHeaderBytes >= row.responseBytes * 0.4) facts.push(`${pct(row.baseHeaderBytes, row.responseBytes)} of its bytes are the security headers`);
  return `${row.label} — ${verdict}: ${mechanism[row.variantId]} (${facts.join('; ')}).`;
}

/** The results a learner could take for a protocol's, that come from this project instead. */
export function causes(report: Measured): string[] {
  const out: string[] = [];
  const rows = report.scenarios.flatMap((s) => s.rows).filter((r) => !r.failure);
  const order = report.scenarios.find((s) => s.id === 'place-order');
  const logins = order?.rows.filter((r) => r.loginMs !== undefined) ?? [];
  if (order && logins.length > 0) {
    out.push(
      `“${order.title}” takes ${range(order.rows.map((r) => r.latencyMedianMs), ms)} (medians) in every protocol because of the log-in: in the first measured run its one request took ${range(logins.map((r) => r.loginMs ?? 0), ms)} ` +
        `at the proxy, since the server hashes the password with ${report.meta.passwordHashing} (this project’s choice, at an OWASP cost), whatever the protocol; the order itself took the rest.`,
    );
  }
  const perResponse = rows.filter((r) => r.roundTrips > 0).map((r) => r.baseHeaderBytes / r.roundTrips);
  const errors = report.scenarios.filter((s) => s.expectsError).flatMap((s) => s.rows);
  if (perResponse.length > 0) {
    out.push(
      `Every response carries ${range(perResponse.map(Math.round), (v) => `${v} B`)} of security headers and a request id (Strict-Transport-Security, X-Frame-Options, … and X-Request-Id), this project’s choice; ` +
        `in the error scenarios that is ${range(errors.map((r) => Math.round((r.baseHeaderBytes / r.responseBytes) * 100)), (v) => `${v}%`)} of the response bytes.`,
    );
  }
  for (const probe of report.typeProbes.filter((p) => p.presence === 'optional')) {
    const why =
      probe.client === 'rest'
        ? 'the OpenAPI document of this project gives `GET /rest/products/{id}` one response schema for the full read and the sparse one (`fields=`), so no field can be required'
        : probe.client === 'soap'
          ? 'the generated types follow this project’s WSDL, whose XSD lets the product’s elements be absent (`minOccurs="0"`)'
          : 'the generated types make the field optional';
    out.push(`${probe.label}: a product’s fields are typed optional because ${why}; that is how this project wrote its contract, not a property of the protocol.`);
  }
  const sessions = rows.filter((r) => (r.sessionStatements ?? 0) > 0 && r.roundTrips > 1);
  const most = sessions.sort((a, b) => (b.sessionStatements ?? 0) - (a.sessionStatements ?? 0))[0];
  if (most?.sqlStatements) {
    out.push(
      `Each authenticated request checks its session in the database (this project keeps sessions there): of the ${most.sqlStatements} statements of ${most.label} in “${report.scenarios.find((s) => s.id === most.scenarioId)?.title}”, ${most.sessionStatements} read or update the session.`,
    );
  }
  out.push(
    `Compression: the main runs ask for none (as the benchmark’s clients do), though fetch and node-soap’s axios would ask for it on their own; the “With gzip” column asks for gzip. The SOAP client’s WSDL shrinks from ${report.setup.soapWsdlResponseBytes} B to ${report.setup.soapWsdlGzipResponseBytes} B with gzip.`,
  );
  return out;
}

/** What a repeated read could save in each protocol, as measured. */
export function cachingNotes(probes: CachingProbe[]): string[] {
  const notes = probes.map((probe) => {
    const { first, repeat } = probe;
    const policy = first.cacheControl ? ` (Cache-Control: ${first.cacheControl})` : '';
    if (first.etag && repeat.status === 304) {
      return `${probe.label}: the answer carried the validator ETag ${first.etag}${policy}; asked again with If-None-Match it came back 304 Not Modified, ${repeat.responseBytes} B instead of ${first.responseBytes} B, and the client reused its copy.`;
    }
    if (first.etag) return `${probe.label}: the answer carried ETag ${first.etag}${policy}, but asked again with If-None-Match it came back ${repeat.status} with ${repeat.responseBytes} B.`;
    return `${probe.label}: the answer carried no validator (no ETag, no Last-Modified)${policy}, so the repeat had nothing to send and cost ${repeat.responseBytes} B again (status ${repeat.status}).`;
  });
  if (probes.some((p) => p.first.etag === undefined && p.request.startsWith('POST'))) {
    notes.push('An HTTP cache stores a POST answer only with explicit freshness and never serves it for a later POST: GraphQL over POST and SOAP (POST only) are cached by the client application, keyed by query or operation, if at all.');
  }
  return notes;
}

/** The N+1 story of the order history: requests and statements per client. */
export function queryNotes(report: Measured): string[] {
  if (!report.meta.sqlCounted) return ['SQL statements were not counted: this run measured a server it did not start (--base-url).'];
  const history = report.scenarios.find((s) => s.id === 'order-history');
  const naive = history?.rows.find((r) => r.variantId === 'rest');
  const graphql = history?.rows.find((r) => r.variantId === 'graphql');
  if (!history || !naive?.sql || !graphql?.sql) return [];
  const batched = graphql.sql.filter((q) => /\bIN \(/.test(q.statement));
  const repeated = naive.sql.filter((q) => q.count > 1 && !/\bsessions\b/.test(q.statement)).sort((a, b) => b.count - a.count)[0];
  return [
    `Naive REST reads the orders, then each product by id: ${naive.roundTrips} requests and ${naive.sqlStatements} statements on the server${repeated ? `, one of them ${repeated.count} times (\`${repeated.statement.slice(0, 90)}…\`)` : ''}: N+1 over HTTP${naive.sessionStatements ? `; ${naive.sessionStatements} of the statements read or update the session` : ''}.`,
    `GraphQL asks once; its loaders collect the products every order item needs and fetch them together: ${graphql.sqlStatements} statements${batched.length > 0 ? `, of which ${sum(batched.map((q) => q.count))} use \`IN (…)\` for a whole batch` : ''}.`,
  ];
}
