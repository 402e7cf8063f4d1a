import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { targetNames } from './target-list.js';

export interface BenchOptions {
  quick: boolean;
  only: string[];
  rounds: number;
  /** Seconds of load per round. */
  duration: number;
  /** Seconds of unmeasured load before a target's first round of each workload. */
  warmup: number;
  connections: number;
  coldStartRuns: number;
  /** Pin server and load generator to separate cores when taskset exists (default). */
  pin: boolean;
  outDir: string;
  /** Refresh the committed reference (bench/results/latest.*) instead of the git-ignored local folder. */
  save: boolean;
}

export const usage = `npm run bench -- [--quick] [--only <target>[,<target>]] [--rounds N] [--duration S] [--connections C] [--no-pin] [--out DIR] [--save]
targets: ${targetNames.join(', ')}`;

/** A run writes here (git-ignored); `--save` refreshes the committed reference one folder up. */
export const localOutDir = fileURLToPath(new URL('./results/local/', import.meta.url));
export const savedOutDir = fileURLToPath(new URL('./results/', import.meta.url));

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${text}".\n${usage}`);
  return value;
}

/**
 * Defaults: 5 rounds × 3 s at 50 connections (more, shorter rounds give steadier medians on a
 * shared machine). `--quick` is the test suite's smoke run.
 */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      rounds: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      out: { type: 'string' },
      'no-pin': { type: 'boolean', default: false },
      save: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new Error(usage);
  const quick = values.quick ?? false;
  const only = (values.only ?? []).flatMap((entry) => entry.split(',')).map((entry) => entry.trim()).filter(Boolean);
  const unknown = only.filter((name) => !targetNames.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown target ${unknown.join(', ')}.\n${usage}`);
  const save = values.save ?? false;
  // The committed reference is a full default run: a smoke run or a subset never replaces it.
  if (save && (quick || only.length > 0 || values.out !== undefined)) {
    throw new Error(`--save refreshes the committed full run; it does not combine with --quick, --only or --out.\n${usage}`);
  }
  return {
    quick,
    only,
    rounds: Math.round(positive('rounds', values.rounds, quick ? 1 : 5)),
    duration: positive('duration', values.duration, quick ? 0.5 : 3),
    warmup: quick ? 0.3 : 2,
    connections: Math.round(positive('connections', values.connections, quick ? 10 : 50)),
    coldStartRuns: quick ? 1 : 3,
    pin: !(values['no-pin'] ?? false),
    outDir: values.out ?? (save ? savedOutDir : localOutDir),
    save,
  };
}
