import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureFile, measureFunction, measureGraphqlDocument } from '../../scripts/compare/code-size.js';

const source = `import { thing } from './thing.js';

/** A helper: counted when the scenario calls it. */
function double(value: number): number {
  return value * 2; // trailing comment
}

type Unused = { never: true };

export function scenario(): number {
  // a comment line
  return double(thing);
}

export function other(): string {
  return \`a \${'template'} literal\`;
}
`;

describe('code size', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'code-size-'));
    await writeFile(join(dir, 'scenario.ts'), source);
    await writeFile(join(dir, 'op.graphql'), '# a comment\nquery Q($id: ID!) {\n  product(id: $id) { name }\n}\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('measures a function with the same-file helpers it calls, without comments, blank lines or imports', async () => {
    // double: 3 lines, 16 tokens; scenario: 3 lines, 15 tokens (the JSDoc, comments, import and the unused type do not count).
    expect(await measureFunction(dir, 'scenario.ts', 'scenario')).toEqual({ lines: 6, tokens: 31 });
  });

  it('counts a template literal’s pieces as tokens, not its text', async () => {
    expect(await measureFunction(dir, 'scenario.ts', 'other')).toEqual({ lines: 3, tokens: 14 });
  });

  it('refuses a function the file does not declare', async () => {
    await expect(measureFunction(dir, 'scenario.ts', 'missing')).rejects.toThrow(/declares no missing/);
  });

  it('measures whole files and GraphQL documents', async () => {
    expect((await measureFile(dir, 'scenario.ts')).lines).toBe(11);
    expect(await measureGraphqlDocument(dir, 'op.graphql')).toEqual({ lines: 3, tokens: 21 });
  });
});
