import { describe, expect, it } from 'vitest';
import { buildReport, type ReportRow } from '../../scripts/compare/report-model.js';
import { renderMarkdown } from '../../scripts/compare/report-md.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { loadRecordedRun } from './recorded-run-fixture.js';

const report = buildReport(loadRecordedRun());
const row = (scenarioId: string, variantId: string): ReportRow => {
  const found = report.scenarios.find((s) => s.id === scenarioId)?.rows.find((r) => r.variantId === variantId);
  if (!found) throw new Error(`no row ${scenarioId} ${variantId}`);
  return found;
};

describe('report built from a recorded run', () => {
  it('has every scenario, each with a row per client and the same answer in all of them', () => {
    expect(report.scenarios.map((s) => s.id)).toEqual([
      'product-card', 'catalogue-page', 'product-reviews', 'place-order', 'order-history', 'validation-error', 'missing-product', 'unauthenticated-orders',
    ]);
    for (const scenario of report.scenarios) {
      expect(scenario.rows.map((r) => r.protocol)).toEqual(expect.arrayContaining(['rest', 'graphql', 'soap']));
      expect(scenario.parity).toBe(true);
    }
  });

  it('has plausible numbers in every row', () => {
    for (const r of report.scenarios.flatMap((s) => s.rows)) {
      expect(r.roundTrips).toBeGreaterThanOrEqual(1);
      expect(r.requestBytes).toBeGreaterThan(100 * r.roundTrips);
      expect(r.responseBytes).toBeGreaterThan(100 * r.roundTrips);
      expect(r.latencyMedianMs).toBeGreaterThan(0);
      expect(r.latencyP95Ms).toBeGreaterThanOrEqual(r.latencyMedianMs);
      expect(r.fieldsUsed).toBeGreaterThan(0);
      expect(r.fieldsReceived).toBeGreaterThanOrEqual(r.fieldsUsed);
      expect(r.codeLines).toBeGreaterThan(0);
      expect(r.codeTokens).toBeGreaterThan(r.codeLines);
    }
  });

  it('shows REST’s under-fetching, and include= bringing it to GraphQL’s one round trip', () => {
    expect(row('product-reviews', 'rest').roundTrips).toBe(2);
    expect(row('product-reviews', 'rest-include').roundTrips).toBe(1);
    expect(row('product-reviews', 'graphql').roundTrips).toBe(1);
    expect(row('product-card', 'rest').roundTrips).toBe(2);
    expect(row('product-card', 'rest-include').roundTrips).toBe(1);
  });

  it('reads reviewers’ names anonymously everywhere: product and reviews only, no customer lookups', () => {
    const recording = loadRecordedRun();
    const reviews = recording.records.filter((r) => r.scenarioId === 'product-reviews');
    expect(reviews.find((r) => r.variantId === 'soap')?.exchanges).toHaveLength(2);
    for (const record of reviews) {
      for (const exchange of record.exchanges) expect(exchange.request, record.variantId).not.toMatch(/customers/);
    }
    expect(recording.scenarios.find((s) => s.id === 'product-reviews')?.caveat).toBeUndefined();
  });

  it('GraphQL makes one round trip per query scenario (two to log in and order)', () => {
    for (const scenario of report.scenarios) {
      expect(row(scenario.id, 'graphql').roundTrips).toBe(scenario.id === 'place-order' ? 2 : 1);
    }
  });

  it('shows over-fetching, and REST’s fields= cutting it', () => {
    expect(row('catalogue-page', 'graphql').fieldsReceived).toBe(row('catalogue-page', 'graphql').fieldsUsed);
    expect(row('catalogue-page', 'rest').fieldsReceived).toBeGreaterThan(3 * row('catalogue-page', 'rest').fieldsUsed);
    expect(row('catalogue-page', 'rest-fields').responseBytes).toBeLessThan(row('catalogue-page', 'rest').responseBytes);
    expect(row('catalogue-page', 'soap').responseBytes).toBeGreaterThan(row('catalogue-page', 'graphql').responseBytes);
  });

  it('records each protocol’s error shape', () => {
    const shapes = Object.fromEntries(report.scenarios.filter((s) => s.expectsError).flatMap((s) => s.rows.map((r) => [`${s.id} ${r.variantId}`, r.errorShape])));
    expect(shapes['validation-error rest']).toMatchObject({ status: 422, codePath: 'code', contentType: 'application/problem+json' });
    expect(shapes['missing-product rest']?.status).toBe(404);
    expect(shapes['unauthenticated-orders rest']?.status).toBe(401);
    expect(shapes['validation-error graphql']).toMatchObject({ status: 200, codePath: 'errors[0].extensions.code' });
    for (const id of ['validation-error', 'missing-product', 'unauthenticated-orders']) {
      expect(shapes[`${id} soap`]).toMatchObject({ status: 500, codePath: 'Fault.detail.ShopFault.code' });
    }
  });

  it('explains each column in one sentence and summarises each protocol from the numbers', () => {
    for (const column of report.columns) expect(column.explanation).toMatch(/^[^.]+\.$/);
    expect(report.summaries.map((s) => s.protocol)).toEqual(['rest', 'graphql', 'soap']);
    const graphqlTrips = report.scenarios.reduce((sum, s) => sum + row(s.id, 'graphql').roundTrips, 0);
    expect(report.summaries[1]?.points[0]).toContain(`Round trips: ${graphqlTrips} over the 8 scenarios`);
    const soapBytes = report.scenarios.reduce((sum, s) => sum + row(s.id, 'soap').responseBytes, 0);
    expect(report.summaries[2]?.points.join(' ')).toContain(`${(soapBytes / 1024).toFixed(1)} kB received`);
  });

  it('marks the client whose answer differs from the others, and a client that failed', () => {
    const recording = loadRecordedRun();
    const soap = recording.records.find((r) => r.scenarioId === 'product-card' && r.variantId === 'soap');
    const graphql = recording.records.find((r) => r.scenarioId === 'missing-product' && r.variantId === 'graphql');
    if (!soap || !graphql) throw new Error('fixture lacks a record');
    soap.answer = { ...(soap.answer as object), categoryName: 'Tea' };
    graphql.failure = 'socket hang up';
    const broken = buildReport(recording);
    const card = broken.scenarios.find((s) => s.id === 'product-card');
    expect(card?.parity).toBe(false);
    expect(card?.rows.filter((r) => !r.sameAnswer).map((r) => r.variantId)).toEqual(['soap']);
    const missing = broken.scenarios.find((s) => s.id === 'missing-product');
    expect(missing?.rows.find((r) => r.variantId === 'graphql')).toMatchObject({ sameAnswer: false, failure: 'socket hang up' });
    expect(renderMarkdown(broken)).toMatch(/\| SOAP \|.*\| DIFFERENT \|/);
  });

  it('splits bytes into headers (security headers among them) and bodies, and measures them again with gzip', () => {
    for (const r of report.scenarios.flatMap((s) => s.rows)) {
      expect(r.responseHeadBytes + r.responseBodyBytes, `${r.scenarioId} ${r.variantId}`).toBe(r.responseBytes);
      expect(r.baseHeaderBytes).toBeGreaterThan(300 * r.roundTrips);
      expect(r.baseHeaderBytes).toBeLessThan(r.responseHeadBytes);
      expect(r.gzipResponseBytes).toBeDefined();
    }
    // A 3 kB SOAP page compresses; a product card's small answers are left alone.
    expect(row('catalogue-page', 'soap').gzipResponseBytes).toBeLessThan(row('catalogue-page', 'soap').responseBytes * 0.6);
    expect(row('catalogue-page', 'soap').gzipCompressedResponses).toBe(1);
    expect(row('product-card', 'graphql').gzipCompressedResponses).toBe(0);
    expect(report.setup.soapWsdlGzipResponseBytes).toBeLessThan(report.setup.soapWsdlResponseBytes / 4);
  });

  it('counts SQL statements on the server: naive REST’s order history runs N+1 product reads, GraphQL batches them', () => {
    const naive = row('order-history', 'rest');
    const graphql = row('order-history', 'graphql');
    expect(naive.roundTrips).toBe(8);
    expect(naive.sql?.some((q) => q.count === 7 && /FROM products WHERE id = \?/.test(q.statement))).toBe(true);
    expect(graphql.sql?.some((q) => /FROM products WHERE id IN \(/.test(q.statement))).toBe(true);
    expect(graphql.sqlStatements).toBeLessThan(naive.sqlStatements ?? 0);
    expect(report.queryNotes.join(' ')).toMatch(new RegExp(`8 requests and ${naive.sqlStatements} statements`));
    // Literals are gone from the statements (session ids are among them).
    for (const r of report.scenarios.flatMap((s) => s.rows)) for (const q of r.sql ?? []) expect(q.statement).not.toMatch(/'/);
  });

  it('credits the log-in’s password hashing, the security headers and the caching to their causes, from the numbers', () => {
    const order = report.scenarios.find((s) => s.id === 'place-order');
    for (const r of order?.rows ?? []) {
      expect(r.loginMs, r.variantId).toBeGreaterThan(r.latencyMedianMs / 2);
      expect(r.why).toContain('password hashing');
    }
    expect(report.causes[0]).toMatch(/because of the log-in.*scrypt N=2\^\d+/);
    expect(report.causes.join(' ')).toMatch(/Every response carries \d+ B of security headers/);
    const rest = report.caching.find((p) => p.id === 'rest');
    expect(rest).toMatchObject({ first: { status: 200, etag: expect.stringMatching(/^W\//) }, repeat: { status: 304, sentValidator: true } });
    expect(rest?.repeat.responseBytes).toBeLessThan(rest?.first.responseBytes ?? 0);
    for (const id of ['graphql-post', 'soap']) expect(report.caching.find((p) => p.id === id)?.repeat.status).toBe(200);
    expect(report.cachingNotes.join(' ')).toContain('304 Not Modified');
  });

  it('says for every row why it wins or loses, and keeps its raw exchanges without secrets', () => {
    for (const r of report.scenarios.flatMap((s) => s.rows)) {
      expect(r.why).toMatch(new RegExp(`^${r.label.replace(/[+]/g, '\\+')} — .+\\.$`));
      expect(r.exchanges).toHaveLength(r.roundTrips);
      for (const e of r.exchanges) expect(e.raw.request).toMatch(/^(GET|POST) /);
    }
    expect(row('order-history', 'graphql').why).toMatch(/fewest round trips/);
    const raw = report.scenarios.flatMap((s) => s.rows.flatMap((r) => r.exchanges.flatMap((e) => [e.raw.request, e.raw.response]))).join('\n');
    expect(raw).toMatch(/"password":"\[redacted\]"|<password>\[redacted\]<\/password>/);
    expect(raw).toMatch(/"token":"\[redacted\]"|<token>\[redacted\]<\/token>/);
    expect(raw).not.toContain(demoAccounts.customer.password);
    expect(raw).not.toMatch(/"token":"(?!\[redacted\])|<token>(?!\[redacted\])/);
    expect(raw).not.toMatch(/authorization: Bearer (?!\[redacted\])/i);
  });

  it('is a pure function of the recording', () => {
    expect(buildReport(loadRecordedRun())).toEqual(report);
  });
});
