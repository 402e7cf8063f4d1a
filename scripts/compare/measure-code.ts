import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { measureFile, measureFunction, measureGraphqlDocument, type CodeSize } from './code-size.js';
import type { RecordedRun } from './recorded-run.js';
import type { Protocol, Scenario } from './scenarios.js';

const plumbingFiles: { protocol: Protocol; file: string }[] = [
  { protocol: 'rest', file: 'clients/rest/client.ts' },
  { protocol: 'graphql', file: 'clients/graphql/client.ts' },
  { protocol: 'soap', file: 'clients/soap/shop-soap-client.ts' },
  { protocol: 'soap', file: 'clients/soap/scenarios/soap-kit.ts' },
];

const generatedDirs: { protocol: Protocol; dir: string }[] = [
  { protocol: 'rest', dir: 'clients/rest/generated' },
  { protocol: 'graphql', dir: 'clients/graphql/generated' },
  { protocol: 'soap', dir: 'clients/soap/generated' },
];

const add = (a: CodeSize, b: CodeSize): CodeSize => ({ lines: a.lines + b.lines, tokens: a.tokens + b.tokens });
const none: CodeSize = { lines: 0, tokens: 0 };

/** Lines and tokens of every scenario function, of the shared client code, and of the generated code. */
export async function measureCode(root: string, scenarios: Scenario[]): Promise<Pick<RecordedRun, 'codeSizes' | 'plumbing' | 'generated'>> {
  const codeSizes: RecordedRun['codeSizes'] = [];
  for (const scenario of scenarios) {
    for (const variant of scenario.variants) {
      const own = await measureFunction(root, variant.file, variant.exportName);
      let documents = none;
      for (const document of variant.documents) documents = add(documents, await measureGraphqlDocument(root, document));
      codeSizes.push({ scenarioId: scenario.id, variantId: variant.id, ...own, documents });
    }
  }
  const plumbing = await Promise.all(plumbingFiles.map(async (entry) => ({ ...entry, ...(await measureFile(root, entry.file)) })));
  const generated = await Promise.all(
    generatedDirs.map(async ({ protocol, dir }) => {
      const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
      const files = entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => relative(root, join(e.parentPath, e.name)));
      let size = none;
      for (const file of files) size = add(size, await measureFile(root, file));
      return { protocol, files: files.length, ...size };
    }),
  );
  return { codeSizes, plumbing, generated };
}
