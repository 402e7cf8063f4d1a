import { readFileSync } from 'node:fs';
import type { RecordedRun } from '../../scripts/compare/recorded-run.js';

/** A real `npm run compare -- --runs 2` recording (test/compare/fixtures/recorded-run.json). */
export function loadRecordedRun(): RecordedRun {
  return JSON.parse(readFileSync(new URL('./fixtures/recorded-run.json', import.meta.url), 'utf8')) as RecordedRun;
}
