import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAndGenerate } from 'wsdl-tsclient';
import { markRequiredProperties } from './soap-required-fields.js';
import { typeSimpleTypedProperties } from './soap-simple-types.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export const soapClientPaths = {
  wsdl: root('wsdl/shop.wsdl'),
  generated: root('clients/soap/generated'),
};

/**
 * wsdl-tsclient's index.ts re-exports interfaces as values, which `isolatedModules` (and any
 * single-file transpiler) rejects; rewritten here to `export type`, keeping the one value.
 */
function fixIndexExports(source: string): string {
  return source
    .replace(/^export \{ createClientAsync, (\w+) \} from "(.+)";$/m, 'export { createClientAsync } from "$2";\nexport type { $1 } from "$2";')
    .replace(/^export \{ (?!createClientAsync)/gm, 'export type { ');
}

/**
 * Regenerates the typed SOAP client (clients/soap/generated/) from wsdl/shop.wsdl with
 * wsdl-tsclient. `--esm` makes its imports end in .js (NodeNext); its index.ts re-exports
 * types as values, so import `generated/shop/client.js` directly, never the index.
 */
export async function generateSoapClient(outDir: string = soapClientPaths.generated): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await parseAndGenerate(soapClientPaths.wsdl, outDir, { esm: true, quiet: true, colors: false });
  const index = join(outDir, 'shop', 'index.ts');
  await writeFile(index, fixIndexExports(await readFile(index, 'utf8')));
  // The generator types every element optional and every named simple type as text; the XSD
  // says which elements are always there and what each type holds.
  const wsdl = await readFile(soapClientPaths.wsdl, 'utf8');
  const definitions = join(outDir, 'shop', 'definitions');
  for (const file of await readdir(definitions)) {
    const path = join(definitions, file);
    await writeFile(path, markRequiredProperties(wsdl, typeSimpleTypedProperties(wsdl, await readFile(path, 'utf8'))));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await generateSoapClient();
  console.log(`Generated ${soapClientPaths.generated}`);
}
