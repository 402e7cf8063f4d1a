import type { ComparisonReport, ReportRow } from './report-model.js';
import { cachingHead, cachingRows, formatBytes, formatMs, generalNotes, metaLine, presenceText, rawSummary, rawText, reportTitle, scenarioCells, scenarioHead } from './report-text.js';
import type { VariantId } from './scenarios.js';
import { barChart, escapeXml as esc, type Bar } from './svg-charts.js';

export const variantColors: Record<VariantId, string> = {
  rest: '#2b6cb0',
  'rest-include': '#63b3ed',
  'rest-fields': '#90cdf4',
  graphql: '#d53f8c',
  soap: '#dd6b20',
};

interface ChartSpec {
  id: string;
  title: string;
  value: (row: ReportRow) => number;
  inner?: (row: ReportRow) => number;
  format: (value: number, bar: Bar) => string;
  scale?: 'shared' | 'group';
}

const charts: ChartSpec[] = [
  { id: 'chart-round-trips', title: 'Round trips per scenario', value: (r) => r.roundTrips, format: (v) => `${v}` },
  { id: 'chart-response-bytes', title: 'Response bytes on the wire (median)', value: (r) => r.responseBytes, format: (v) => formatBytes(v) },
  { id: 'chart-request-bytes', title: 'Request bytes on the wire (median)', value: (r) => r.requestBytes, format: (v) => formatBytes(v) },
  // Logging in hashes a password (scrypt): on one shared scale every other scenario would be a sliver.
  { id: 'chart-latency', title: 'Median latency (ms; each scenario on its own scale)', value: (r) => r.latencyMedianMs, format: (v) => `${formatMs(v)} ms`, scale: 'group' },
  { id: 'chart-fields', title: 'Fields received (bar) and used (dark inner bar)', value: (r) => r.fieldsReceived, inner: (r) => r.fieldsUsed, format: (v, bar) => `${v} received, ${bar.inner ?? 0} used` },
  { id: 'chart-code', title: 'Scenario code (tokens)', value: (r) => r.codeTokens, format: (v) => `${v} tokens` },
];

/** Escapes, then shows `code` spans as code, as the Markdown report does. */
const prose = (text: string) => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

const style = `
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2433; max-width: 70rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d5dbe5; padding-bottom: .2rem; }
.meta { color: #4a5568; } code { background: #f1f4f8; padding: .05rem .3rem; border-radius: .25rem; font-size: .88em; }
table { border-collapse: collapse; margin: .6rem 0 1.2rem; font-size: .9rem; } th, td { border: 1px solid #d5dbe5; padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: #f7f9fc; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.caveat { border-left: 4px solid #dd6b20; background: #fffaf0; padding: .4rem .8rem; margin: .5rem 0; }
.legend span { display: inline-block; margin-right: 1rem; } .legend i { display: inline-block; width: .9rem; height: .9rem; border-radius: 2px; margin-right: .3rem; vertical-align: -2px; }
.chart { max-width: 100%; height: auto; display: block; margin: .4rem 0 1.4rem; }
.chart .group { font-weight: 600; font-size: 13px; fill: #1d2433; } .chart .label, .chart .value { font-size: 11px; fill: #4a5568; }
.bad { color: #c53030; font-weight: 600; } ul.why { font-size: .92rem; }
details { margin: .2rem 0; } summary { cursor: pointer; color: #2b6cb0; }
details pre { background: #f7f9fc; border: 1px solid #d5dbe5; padding: .6rem; overflow-x: auto; font-size: .8rem; white-space: pre-wrap; word-break: break-all; } dl dt { font-weight: 600; } dl dd { margin: 0 0 .5rem 0; }`;

function scenarioSection(scenario: ComparisonReport['scenarios'][number]): string {
  const rows = scenario.rows.map((row) =>
    scenarioCells(row).map((cell, index) => (index === scenarioHead.length - 1 && !row.sameAnswer ? `<span class="bad">${esc(cell)}</span>` : esc(cell))),
  );
  return (
    `<h3 id="${esc(scenario.id)}">${esc(scenario.title)}</h3>` +
    (scenario.caveat ? `<p class="caveat">${prose(scenario.caveat)}</p>` : '') +
    table(scenarioHead, rows).replace(/<td>(\d[\d.]*( kB| B)?)<\/td>/g, '<td class="num">$1</td>') +
    `<ul class="why">${scenario.rows.map((row) => `<li>${prose(row.why)}</li>`).join('')}</ul>` +
    scenario.rows.map((row) => `<details><summary>${esc(rawSummary(row))}</summary><pre>${esc(rawText(row))}</pre></details>`).join('')
  );
}

function codeRows(report: ComparisonReport): string[][] {
  return (['rest', 'graphql', 'soap'] as const).map((protocol) => {
    const own = report.plumbing.filter((p) => p.protocol === protocol);
    const generated = report.generated.find((g) => g.protocol === protocol);
    return [
      protocol,
      own.map((p) => `<code>${esc(p.file)}</code>`).join(', '),
      own.map((p) => `${p.lines} / ${p.tokens}`).join(', '),
      generated ? `${generated.files} file${generated.files === 1 ? '' : 's'}, ${generated.lines} lines / ${generated.tokens} tokens` : '–',
    ];
  });
}

/** The whole report as one self-contained HTML page: inline CSS and SVG, nothing fetched. */
export function renderHtml(report: ComparisonReport): string {
  const present = [...new Set(report.scenarios.flatMap((s) => s.rows.map((r) => r.variantId)))];
  const legend = `<p class="legend">${present
    .map((id) => `<span><i style="background:${variantColors[id]}"></i>${esc(report.scenarios.flatMap((s) => s.rows).find((r) => r.variantId === id)?.label ?? id)}</span>`)
    .join('')}</p>`;
  const chartSvgs = charts.map((spec) =>
    `<h3>${esc(spec.title)}</h3>` +
    barChart({
      id: spec.id,
      title: spec.title,
      format: spec.format,
      ...(spec.scale ? { scale: spec.scale } : {}),
      groups: report.scenarios.map((scenario) => ({
        label: scenario.title,
        bars: scenario.rows.map((row) => ({
          label: row.label,
          value: spec.value(row),
          color: variantColors[row.variantId],
          ...(spec.inner ? { inner: spec.inner(row) } : {}),
        })),
      })),
    }),
  );
  const errorRows = report.scenarios.filter((s) => s.expectsError).flatMap((s) =>
    s.rows.map((row) => [esc(s.title), esc(row.label), `${row.errorShape?.status ?? '–'}`, esc(row.errorShape?.contentType ?? '–'), row.errorShape ? `<code>${esc(row.errorShape.codePath)}</code>` : '–', row.errorShape ? `<code>${esc(row.errorShape.shape)}</code>` : '–']),
  );
  const probeRows = report.typeProbes.map((probe) => [
    esc(probe.label),
    !probe.controlCompiles ? '<span class="bad">probe broken</span>' : probe.wrongFieldCaught ? 'caught' : '<span class="bad">not caught</span>',
    esc(presenceText[probe.presence]),
    esc(probe.wrongFieldMessage || '(no error)'),
  ]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(reportTitle)}</title><style>${style}</style></head>
<body>
<h1>${esc(reportTitle)}</h1>
<p class="meta">${esc(metaLine(report))}</p>
<h2>Columns</h2>
<dl>${report.columns.map((c) => `<dt>${esc(c.title)}</dt><dd>${prose(c.explanation)}</dd>`).join('')}</dl>
<h2>What comes from this project, not from the protocols</h2>
<ul>${report.causes.map((cause) => `<li>${prose(cause)}</li>`).join('')}</ul>
<h2>Charts</h2>
${legend}
${chartSvgs.join('\n')}
<h2>Scenarios</h2>
${report.scenarios.map(scenarioSection).join('\n')}
<h2>Caching: the same read twice</h2>
${table(cachingHead, cachingRows(report).map((row) => row.map((cell) => esc(cell))))}
<ul>${report.cachingNotes.map((note) => `<li>${prose(note)}</li>`).join('')}</ul>
<h2>SQL statements: the N+1 story</h2>
<ul>${report.queryNotes.map((note) => `<li>${prose(note)}</li>`).join('')}</ul>
<h2>Error shapes</h2>
${table(['Scenario', 'Client', 'Status', 'Media type', 'Code at', 'Payload keys'], errorRows)}
<h2>Type-safety probe</h2>
${table(['Client', 'Misspelt field', 'Required field', 'What tsc said'], probeRows)}
<h2>Client code</h2>
${table(['Protocol', 'Hand-written client code', 'Lines / tokens', 'Generated code'], codeRows(report))}
<h2>Notes</h2>
<ul>${generalNotes(report).map((note) => `<li>${prose(note)}</li>`).join('')}</ul>
<h2>Summary</h2>
${report.summaries.map((s) => `<h3>${esc(s.title)}</h3><ul>${s.points.map((p) => `<li>${prose(p)}</li>`).join('')}</ul>`).join('\n')}
</body></html>
`;
}
