import { fileURLToPath } from 'node:url';
import { parseCompareOptions } from './compare/cli-options.js';
import { createProgress } from './compare/progress.js';
import { recordRun } from './compare/record-run.js';
import { writeReports } from './compare/write-reports.js';

/**
 * `npm run compare [-- --base-url URL --runs N --out DIR | --save]`: every scenario through REST,
 * GraphQL and SOAP, measured on the wire, written as comparison.{json,md,html} to reports/local/
 * (git-ignored), or with --save over the committed reference report in reports/.
 */
async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseCompareOptions(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const progress = createProgress();
  const root = fileURLToPath(new URL('..', import.meta.url));
  let recording;
  try {
    recording = await recordRun({ ...options, root, onProgress: progress.update, onNote: progress.note });
  } catch (error) {
    progress.note(`compare failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const { report, paths } = await writeReports(recording, options.outDir);
  for (const path of paths) progress.note(`wrote ${path}`);
  const problems = report.scenarios.flatMap((s) => s.rows.filter((r) => !r.sameAnswer).map((r) => `${s.id} · ${r.variantId}: ${r.failure ?? 'a different answer'}`));
  for (const problem of problems) progress.note(`problem: ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
