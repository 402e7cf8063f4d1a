import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordedRun } from './recorded-run.js';
import { buildReport, type ComparisonReport } from './report-model.js';
import { renderHtml } from './report-html.js';
import { renderMarkdown } from './report-md.js';

export const reportFiles = { json: 'comparison.json', markdown: 'comparison.md', html: 'comparison.html' } as const;

/** comparison.json: the report plus the raw recording it was computed from (so it can be re-rendered). */
export type ComparisonJson = ComparisonReport & { recording: RecordedRun };

/** Builds the report from a recording and writes the three files; returns their paths. */
export async function writeReports(recording: RecordedRun, outDir: string): Promise<{ report: ComparisonReport; paths: string[] }> {
  const report = buildReport(recording);
  await mkdir(outDir, { recursive: true });
  const json: ComparisonJson = { ...report, recording };
  const files: [string, string][] = [
    [reportFiles.json, `${JSON.stringify(json, null, 2)}\n`],
    [reportFiles.markdown, renderMarkdown(report)],
    [reportFiles.html, renderHtml(report)],
  ];
  await Promise.all(files.map(([name, content]) => writeFile(join(outDir, name), content)));
  return { report, paths: files.map(([name]) => join(outDir, name)) };
}
