import type { ComparisonReport } from './report-model.js';
import { cachingHead, cachingRows, generalNotes, metaLine, presenceText, rawSummary, rawText, reportTitle, scenarioCells, scenarioHead } from './report-text.js';

const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

/** The report as Markdown: the same content as the HTML one, without the charts. */
export function renderMarkdown(report: ComparisonReport): string {
  const out: string[] = [`# ${reportTitle}`, '', metaLine(report), ''];

  out.push('## Columns', '');
  for (const column of report.columns) out.push(`- **${column.title}**: ${column.explanation}`);
  out.push('', '## What comes from this project, not from the protocols', '');
  for (const cause of report.causes) out.push(`- ${cause}`);
  out.push('', '## Scenarios', '');
  for (const scenario of report.scenarios) {
    out.push(`### ${scenario.title}`, '');
    if (scenario.caveat) out.push(`> ${scenario.caveat}`, '');
    out.push(table(scenarioHead, scenario.rows.map(scenarioCells)), '');
    for (const row of scenario.rows) out.push(`- ${row.why}`);
    out.push('');
    for (const row of scenario.rows) out.push(`<details><summary>${rawSummary(row)}</summary>`, '', '```http', rawText(row).replace(/```/g, "'''"), '```', '', '</details>', '');
  }

  out.push('## Caching: the same read twice', '');
  out.push(table(cachingHead, cachingRows(report)), '');
  for (const note of report.cachingNotes) out.push(`- ${note}`);
  out.push('', '## SQL statements: the N+1 story', '');
  for (const note of report.queryNotes) out.push(`- ${note}`);
  out.push('');

  out.push('## Error shapes', '');
  const errorRows = report.scenarios.filter((s) => s.expectsError).flatMap((s) =>
    s.rows.map((row) => [s.title, row.label, row.errorShape?.status ?? '–', row.errorShape?.contentType ?? '–', row.errorShape ? `\`${row.errorShape.codePath}\`` : '–', row.errorShape ? `\`${row.errorShape.shape}\`` : '–']),
  );
  out.push(table(['Scenario', 'Client', 'Status', 'Media type', 'Code at', 'Payload keys'], errorRows), '');

  out.push('## Type-safety probe', '');
  out.push(
    table(
      ['Client', 'Misspelt field', 'Required field', 'What tsc said'],
      report.typeProbes.map((probe) => [
        probe.label,
        !probe.controlCompiles ? 'probe broken' : probe.wrongFieldCaught ? 'caught' : 'not caught',
        presenceText[probe.presence],
        probe.wrongFieldMessage || '(no error)',
      ]),
    ),
    '',
  );

  out.push('## Client code', '');
  out.push(
    table(
      ['Protocol', 'Hand-written client code', 'Lines / tokens', 'Generated code (files, lines / tokens)'],
      (['rest', 'graphql', 'soap'] as const).map((protocol) => {
        const own = report.plumbing.filter((p) => p.protocol === protocol);
        const generated = report.generated.find((g) => g.protocol === protocol);
        return [
          protocol,
          own.map((p) => `\`${p.file}\``).join(', '),
          own.map((p) => `${p.lines} / ${p.tokens}`).join(', '),
          generated ? `${generated.files} file${generated.files === 1 ? '' : 's'}, ${generated.lines} / ${generated.tokens}` : '–',
        ];
      }),
    ),
    '',
  );

  out.push('## Notes', '');
  for (const note of generalNotes(report)) out.push(`- ${note}`);
  out.push('', '## Summary', '');
  for (const summary of report.summaries) {
    out.push(`### ${summary.title}`, '');
    for (const point of summary.points) out.push(`- ${point}`);
    out.push('');
  }
  return out.join('\n');
}
