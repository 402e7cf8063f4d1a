import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../scripts/compare/report-model.js';
import { renderHtml } from '../../scripts/compare/report-html.js';
import { renderMarkdown } from '../../scripts/compare/report-md.js';
import { writeReports, type ComparisonJson } from '../../scripts/compare/write-reports.js';
import { loadRecordedRun } from './recorded-run-fixture.js';

const recording = loadRecordedRun();
const report = buildReport(recording);

describe('report files from a recorded run', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'comparison-'));
    await writeReports(recording, dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes comparison.json, .md and .html; the JSON carries its recording, so it re-renders identically', async () => {
    const json = JSON.parse(await readFile(join(dir, 'comparison.json'), 'utf8')) as ComparisonJson;
    const { recording: stored, ...rest } = json;
    expect(stored).toEqual(recording);
    expect(rest).toEqual(JSON.parse(JSON.stringify(buildReport(stored))));
    expect(await readFile(join(dir, 'comparison.md'), 'utf8')).toBe(renderMarkdown(report));
    expect(await readFile(join(dir, 'comparison.html'), 'utf8')).toBe(renderHtml(report));
  });

  it('Markdown: columns explained, a table per scenario, error shapes, type probe, and a summary per protocol at the end', () => {
    const md = renderMarkdown(report);
    const headings = md.split('\n').filter((line) => /^##? /.test(line));
    expect(headings).toEqual([
      '# REST, GraphQL and SOAP on the same tasks', '## Columns', '## What comes from this project, not from the protocols', '## Scenarios',
      '## Caching: the same read twice', '## SQL statements: the N+1 story', '## Error shapes', '## Type-safety probe', '## Client code', '## Notes', '## Summary',
    ]);
    for (const cause of report.causes) expect(md).toContain(cause);
    for (const row of report.scenarios.flatMap((s) => s.rows)) expect(md).toContain(`- ${row.why}`);
    expect(md.match(/<details><summary>Raw exchanges: /g)).toHaveLength(report.scenarios.reduce((n, s) => n + s.rows.length, 0));
    expect(md).toMatch(/\| REST: GET a product \| GET \/rest\/products\/1 \| 200, \d+ B \| W\/"[^"]+" \| – \| 304, \d+ B \(sent If-None-Match\) \|/);
    for (const column of report.columns) expect(md).toContain(column.explanation);
    for (const scenario of report.scenarios) expect(md).toContain(`### ${scenario.title}`);
    expect(md.slice(md.lastIndexOf('\n### '))).toMatch(/^\n### SOAP\n\n- Round trips: \d+/);
    expect(md).toMatch(/\| GraphQL \| 1 \| \d+ B \| \d+ B \| \d+ B \(\d+ B security\) \/ \d+ B \|/);
  });

  it('HTML: self-contained, with an inline SVG bar chart per metric', () => {
    const html = renderHtml(report);
    expect(html.match(/<svg [^>]*class="chart"/g)).toHaveLength(6);
    expect(html.match(/<rect /g)?.length).toBeGreaterThan(100);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=/i);
    // URLs inside the raw exchanges are text (namespaces, Link headers), escaped: nothing the page loads.
    const outsideRaw = html.replace(/<pre>[^<]*<\/pre>/g, '');
    expect(outsideRaw.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\//);
    for (const summary of report.summaries) expect(html).toContain(`<h3>${summary.title}</h3>`);
    expect(html.match(/<details><summary>Raw exchanges: /g)).toHaveLength(report.scenarios.reduce((n, s) => n + s.rows.length, 0));
    expect(html).toContain('<h2>Caching: the same read twice</h2>');
    expect(html).toContain('<h2>SQL statements: the N+1 story</h2>');
    expect(html.lastIndexOf('<h2>Summary</h2>')).toBe(html.lastIndexOf('<h2>'));
  });

  it('prints a scenario’s caveat, when it has one, above its table in both formats', () => {
    const noted = structuredClone(recording);
    noted.scenarios[0]!.caveat = 'Read <this> first.';
    const rebuilt = buildReport(noted);
    expect(renderMarkdown(rebuilt)).toContain(`### ${noted.scenarios[0]!.title}\n\n> Read <this> first.\n`);
    expect(renderHtml(rebuilt)).toContain('<p class="caveat">Read &lt;this&gt; first.</p>');
    expect(renderMarkdown(report)).not.toContain('\n> ');
  });

  it('escapes what it prints', () => {
    const hostile = structuredClone(recording);
    hostile.scenarios[0]!.title = '<img src=x onerror=alert(1)>';
    const html = renderHtml(buildReport(hostile));
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
