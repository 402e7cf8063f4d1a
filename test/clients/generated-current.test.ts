import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaleGeneratedFiles, generatedDirs, renderGeneratedFiles, repoRoot } from '../../scripts/generate.js';

/** `npm run generate` output must match what is committed; the check itself must notice drift. */
describe('generated code is current', () => {
  let rendered: Map<string, string>;
  let copy: string;

  beforeAll(async () => {
    rendered = await renderGeneratedFiles();
    // A copy of the committed generated files, to make stale on purpose.
    copy = await mkdtemp(join(tmpdir(), 'generated-copy-'));
    for (const path of rendered.keys()) {
      await mkdir(dirname(join(copy, path)), { recursive: true });
      await writeFile(join(copy, path), await readFile(join(repoRoot, path)));
    }
  });
  afterAll(() => rm(copy, { recursive: true, force: true }));

  it('renders every contract-derived file: OpenAPI, GraphQL server types and client, REST types, SOAP client', () => {
    const paths = [...rendered.keys()];
    expect(paths).toContain('schemas/openapi.json');
    expect(paths).toContain('src/protocols/graphql/generated/resolvers-types.ts');
    expect(paths).toContain('clients/graphql/generated/graphql.ts');
    expect(paths).toContain('clients/rest/generated/schema.d.ts');
    expect(paths).toContain('clients/soap/generated/shop/client.ts');
    expect(generatedDirs.every((dir) => paths.some((path) => path.startsWith(`${dir}/`)))).toBe(true);
  });

  it('the committed files are what the generators write now', async () => {
    expect(await findStaleGeneratedFiles(repoRoot, rendered)).toEqual([]);
  });

  it('the check fails on an edited, a missing and a stray generated file', async () => {
    expect(await findStaleGeneratedFiles(copy, rendered)).toEqual([]);
    await writeFile(join(copy, 'clients/rest/generated/schema.d.ts'), '// edited by hand\n', { flag: 'a' });
    await unlink(join(copy, 'clients/graphql/generated/gql.ts'));
    await writeFile(join(copy, 'clients/soap/generated/shop/definitions/Stray.ts'), 'export {};\n');
    expect(await findStaleGeneratedFiles(copy, rendered)).toEqual(
      expect.arrayContaining([
        { path: 'clients/rest/generated/schema.d.ts', problem: 'differs' },
        { path: 'clients/graphql/generated/gql.ts', problem: 'missing' },
        { path: 'clients/soap/generated/shop/definitions/Stray.ts', problem: 'not generated' },
      ]),
    );
  });
});
