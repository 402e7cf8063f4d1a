import { parseArgs } from 'node:util';

export interface CompareOptions {
  /** Compare against this running server instead of starting a fresh one. */
  baseUrl?: string;
  runs: number;
  outDir: string;
}

/** Where a run writes by default: git-ignored, so trying the command changes nothing committed. */
export const localReportDir = 'reports/local';
/** The committed reference report, refreshed only with --save. */
export const savedReportDir = 'reports';

export const defaultRuns = 15;
/** Each run places two orders per protocol: 30 runs stay well inside the seeded stock of the products bought. */
export const maxRuns = 30;

export const usage = `Usage: npm run compare -- [--base-url http://127.0.0.1:3000 | http://127.0.0.1:3000/s/{id}/] [--runs N (1-${maxRuns}, default ${defaultRuns})] [--out dir (default reports/local) | --save (refresh the committed reports/comparison.*)]`;

/** Parses `npm run compare -- ...`; throws with the usage text on anything it does not understand. */
export function parseCompareOptions(argv: string[]): CompareOptions {
  const { values } = parseArgs({
    args: argv,
    options: { 'base-url': { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' }, save: { type: 'boolean' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) throw new Error(usage);
  const runs = values.runs === undefined ? defaultRuns : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > maxRuns) throw new Error(`--runs must be a whole number from 1 to ${maxRuns}.\n${usage}`);
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^http:\/\/[^/]+(\/s\/[A-Za-z0-9_-]+)?\/?$/.test(baseUrl)) {
    throw new Error(
      `--base-url must be an http:// origin such as http://127.0.0.1:3000, or a sandbox's URL (http://…/s/{id}/); the proxy speaks plain HTTP/1.1.\n${usage}`,
    );
  }
  if (values.save && values.out !== undefined) throw new Error(`--save writes the committed report to ${savedReportDir}/; it does not take --out.\n${usage}`);
  const outDir = values.save ? savedReportDir : (values.out ?? localReportDir);
  return { ...(baseUrl ? { baseUrl: baseUrl.replace(/\/$/, '') } : {}), runs, outDir };
}
