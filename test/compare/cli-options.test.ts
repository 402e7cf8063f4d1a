import { describe, expect, it } from 'vitest';
import { defaultRuns, maxRuns, parseCompareOptions } from '../../scripts/compare/cli-options.js';

describe('npm run compare options', () => {
  it('defaults to a fresh server, the default run count and the git-ignored reports/local/', () => {
    expect(parseCompareOptions([])).toEqual({ runs: defaultRuns, outDir: 'reports/local' });
  });

  it('refreshes the committed report only with --save, which takes no --out', () => {
    expect(parseCompareOptions(['--save', '--runs', '3'])).toEqual({ runs: 3, outDir: 'reports' });
    expect(() => parseCompareOptions(['--save', '--out', '/tmp/r'])).toThrow(/--save/);
  });

  it('takes --base-url, --runs and --out', () => {
    expect(parseCompareOptions(['--base-url', 'http://127.0.0.1:3000/', '--runs', '2', '--out', '/tmp/r'])).toEqual({
      baseUrl: 'http://127.0.0.1:3000',
      runs: 2,
      outDir: '/tmp/r',
    });
  });

  it('refuses run counts it cannot honour and what it does not know', () => {
    for (const runs of ['0', String(maxRuns + 1), '2.5', 'many']) expect(() => parseCompareOptions(['--runs', runs])).toThrow(/--runs/);
    expect(() => parseCompareOptions(['--base-url', 'https://example.com'])).toThrow(/http:\/\//);
    expect(() => parseCompareOptions(['--base-url', 'http://host/path'])).toThrow(/origin/);
    expect(() => parseCompareOptions(['--colour'])).toThrow();
  });
});
