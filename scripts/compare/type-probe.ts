import { join } from 'node:path';
import ts from 'typescript';

/**
 * Does the client's type system stop a mistake before it runs? Each probe reads `priceCents` of
 * a product through one client, three ways: correctly (must compile, or the probe proves
 * nothing), misspelt as `pricecents`, and into a plain `number` (is the field typed as present?).
 */
export interface TypeProbeResult {
  client: string;
  label: string;
  /** The misspelt field was a compile error. */
  wrongFieldCaught: boolean;
  wrongFieldMessage: string;
  /**
   * `const price: number = product.priceCents` without a guard: `present` compiles, `optional`
   * is refused (the type allows undefined), `unchecked` compiles because nothing is checked (any).
   */
  presence: 'present' | 'optional' | 'unchecked';
  presenceMessage: string;
  /** The correct access compiled cleanly (false: the probe itself is broken, ignore the rest). */
  controlCompiles: boolean;
  controlMessage: string;
}

interface Probe {
  client: string;
  label: string;
  dir: string;
  /** Code that leaves the product in `product`, typed as the client types it. */
  setup: string;
}

export const probes: Probe[] = [
  {
    client: 'rest',
    label: 'REST: openapi-fetch + openapi-typescript types',
    dir: 'clients/rest',
    setup: `import { createRestClient } from './client.js';
const { data: product } = await createRestClient('http://localhost').GET('/rest/products/{id}', { params: { path: { id: 1 } } });
if (!product) throw new Error('none');`,
  },
  {
    client: 'graphql',
    label: 'GraphQL: typed document node (client preset)',
    dir: 'clients/graphql',
    setup: `import { createGraphqlClient } from './client.js';
import { ProductCardDocument } from './generated/graphql.js';
const { product } = await createGraphqlClient('http://localhost').request(ProductCardDocument, { id: '1' });
if (!product) throw new Error('none');`,
  },
  {
    client: 'soap',
    label: 'SOAP: node-soap + wsdl-tsclient types',
    dir: 'clients/soap',
    setup: `import { createShopSoapClient } from './shop-soap-client.js';
const [{ product }] = await (await createShopSoapClient('http://localhost')).GetProductAsync({ id: 1 });
if (!product) throw new Error('none');`,
  },
  {
    client: 'fetch',
    label: 'Baseline: fetch + response.json() (no generated types)',
    dir: 'clients/rest',
    setup: `const product = await (await fetch('http://localhost/rest/products/1')).json();`,
  },
];

const checks = {
  control: 'export const price: number | undefined = product.priceCents;',
  wrongField: 'export const price: number | undefined = product.pricecents;',
  presence: 'export const price: number = product.priceCents;',
} as const;

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile) as { config: unknown };
  return { ...ts.parseJsonConfigFileContent(config, ts.sys, root).options, noEmit: true };
}

/** Compiles every probe in memory (one program, nothing written) and reports what the compiler caught. */
export function runTypeProbes(root: string): TypeProbeResult[] {
  const options = compilerOptions(root);
  const files = new Map<string, string>();
  for (const probe of probes) {
    for (const [check, line] of Object.entries(checks)) {
      files.set(join(root, probe.dir, `__type-probe-${probe.client}-${check}__.ts`), `${probe.setup}\n${line}\n`);
    }
  }
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile.call(host, name, language, ...rest) : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const outcome = (probe: Probe, check: keyof typeof checks) => {
    const source = program.getSourceFile(join(root, probe.dir, `__type-probe-${probe.client}-${check}__.ts`));
    const diagnostics = source ? ts.getPreEmitDiagnostics(program, source) : [];
    const message = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join(' | ');
    return { failed: diagnostics.length > 0, message };
  };
  return probes.map((probe) => {
    const control = outcome(probe, 'control');
    const wrongField = outcome(probe, 'wrongField');
    const presence = outcome(probe, 'presence');
    return {
      client: probe.client,
      label: probe.label,
      wrongFieldCaught: wrongField.failed,
      wrongFieldMessage: wrongField.message,
      presence: presence.failed ? 'optional' : wrongField.failed ? 'present' : 'unchecked',
      presenceMessage: presence.message,
      controlCompiles: !control.failed,
      controlMessage: control.message,
    };
  });
}
