import { parseArgs } from 'node:util';

export interface CompareOptions {
  /** Compare against this running server instead of starting a fresh one. */
  baseUrl?: string;
  runs: number;
  outDir: string;
}

export const defaultRuns = 15;
/** Each run places two orders per protocol: 30 runs stay well inside the seeded stock of the products bought. */
export const maxRuns = 30;

export const usage = `Usage: npm run compare -- [--base-url http://127.0.0.1:3000] [--runs N (1-${maxRuns}, default ${defaultRuns})] [--out dir (default reports)]`;

/** Parses `npm run compare -- ...`; throws with the usage text on anything it does not understand. */
export function parseCompareOptions(argv: string[]): CompareOptions {
  const { values } = parseArgs({
    args: argv,
    options: { 'base-url': { type: 'string' }, runs: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help) throw new Error(usage);
  const runs = values.runs === undefined ? defaultRuns : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > maxRuns) throw new Error(`--runs must be a whole number from 1 to ${maxRuns}.\n${usage}`);
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^http:\/\/[^/]+\/?$/.test(baseUrl)) {
    throw new Error(`--base-url must be an http:// origin such as http://127.0.0.1:3000 (the proxy speaks plain HTTP/1.1).\n${usage}`);
  }
  return { ...(baseUrl ? { baseUrl: baseUrl.replace(/\/$/, '') } : {}), runs, outDir: values.out ?? 'reports' };
}
