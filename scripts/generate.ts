import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateGraphqlClient, graphqlClientOutputDir, renderGraphqlClient } from '../clients/graphql/generate-client.js';
import { generateRestClientTypes, renderRestClientTypes, restTypesPath } from '../clients/rest/generate-types.js';
import { graphqlServerTypesPath } from '../codegen.server.js';
import { serializeOpenApiDocument } from '../src/protocols/rest/openapi-document.js';
import { generateGraphqlServerTypes, renderGraphqlServerTypes } from './generate-graphql-types.js';
import { generateOpenApiDocument, openApiDocumentPath } from './generate-openapi.js';
import { generateSoapClient, soapClientPaths } from './generate-soap-client.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const openApiPath = relative(repoRoot, openApiDocumentPath);
const soapGeneratedDir = relative(repoRoot, soapClientPaths.generated);

/** Directories written whole by a generator: a file there that the generator would not write is stale too. */
export const generatedDirs = [graphqlClientOutputDir.replace(/\/$/, ''), 'clients/rest/generated', soapGeneratedDir];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** wsdl-tsclient only writes to disk: generate into a temporary directory and read it back. */
async function renderSoapClient(): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'soap-client-'));
  try {
    await generateSoapClient(dir);
    const files = await listFiles(dir);
    return new Map(await Promise.all(files.map(async (file) => [join(soapGeneratedDir, relative(dir, file)), await readFile(file, 'utf8')] as const)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every generated file as the generators would write it now, nothing written (path from the repo root → text). */
export async function renderGeneratedFiles(): Promise<Map<string, string>> {
  const openApi = serializeOpenApiDocument();
  return new Map([
    [openApiPath, openApi],
    [graphqlServerTypesPath, await renderGraphqlServerTypes()],
    ...(await renderGraphqlClient()),
    [restTypesPath, await renderRestClientTypes(openApi)],
    ...(await renderSoapClient()),
  ]);
}

export interface StaleFile {
  path: string;
  problem: 'differs' | 'missing' | 'not generated';
}

/** Compares the committed files under `root` with what the generators would write now. */
export async function findStaleGeneratedFiles(root: string = repoRoot, rendered?: Map<string, string>): Promise<StaleFile[]> {
  const expected = rendered ?? (await renderGeneratedFiles());
  const stale: StaleFile[] = [];
  for (const [path, content] of expected) {
    const committed = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (committed === undefined) stale.push({ path, problem: 'missing' });
    else if (committed !== content) stale.push({ path, problem: 'differs' });
  }
  for (const dir of generatedDirs) {
    for (const file of await listFiles(join(root, dir))) {
      const path = relative(root, file);
      if (!expected.has(path)) stale.push({ path, problem: 'not generated' });
    }
  }
  return stale;
}

/** `npm run generate`: every contract-derived file, in dependency order. */
export async function generateAll(log: (line: string) => void = () => {}): Promise<void> {
  await generateOpenApiDocument();
  log(`wrote ${openApiPath}`);
  await generateGraphqlServerTypes();
  log(`wrote ${graphqlServerTypesPath}`);
  await rm(join(repoRoot, graphqlClientOutputDir), { recursive: true, force: true });
  await generateGraphqlClient();
  log(`wrote ${graphqlClientOutputDir}`);
  await generateRestClientTypes(await readFile(openApiDocumentPath, 'utf8'));
  log(`wrote ${restTypesPath}`);
  await generateSoapClient();
  log(`wrote ${soapGeneratedDir}/`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await generateAll((line) => process.stdout.write(`${line}\n`));
}
