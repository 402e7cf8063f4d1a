import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSoapClient, soapClientPaths } from '../../scripts/generate-soap-client.js';

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.map(async (file) => [relative(dir, file), await readFile(file, 'utf8')] as const)));
}

describe('the committed SOAP client', () => {
  let scratch: string | undefined;
  afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

  it('is what wsdl-tsclient generates from wsdl/shop.wsdl today (run scripts/generate-soap-client.ts if not)', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'soap-client-'));
    await generateSoapClient(scratch);
    const fresh = await filesUnder(scratch);
    const committed = await filesUnder(soapClientPaths.generated);
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [path, text] of fresh) expect(committed.get(path), path).toBe(text);
    expect(fresh.get(join('shop', 'index.ts'))).toContain('export type { ShopClient }');
  });
});
