import { startServer, type RunningServer } from '../../src/server.js';
import { createCountingProxy } from './counting-proxy.js';
import { measureCode } from './measure-code.js';
import type { RecordedRun } from './recorded-run.js';
import { runCompressed, runScenarios } from './run-scenarios.js';
import { probeCaching } from './caching-probe.js';
import { owaspScrypt } from '../../src/services/passwords.js';
import { createScenarioContext } from './scenario-context.js';
import { scenarios as allScenarios, type Scenario } from './scenarios.js';
import { runTypeProbes } from './type-probe.js';

export interface RecordOptions {
  /** A running shop to measure; without it a fresh one is started on a free port. */
  baseUrl?: string;
  runs: number;
  /** The repository root (scenario files, tsconfig.json). */
  root: string;
  scenarios?: Scenario[];
  onProgress?: (done: number, total: number, label: string) => void;
  onNote?: (text: string) => void;
}

/** Fails early, and in plain words, when --base-url has no shop behind it. */
async function checkReachable(baseUrl: string): Promise<void> {
  const health = await fetch(`${baseUrl}/health`).catch((error: unknown) => {
    throw new Error(`Cannot reach ${baseUrl} (${(error as Error & { cause?: Error }).cause?.message ?? String(error)}). Is the shop running (npm start)?`);
  });
  if (!health.ok) throw new Error(`${baseUrl}/health answered ${health.status}: is this the API Playground shop?`);
}

/** Starts what is needed, runs every scenario through every client behind the counting proxy, and returns the raw measurements. */
export async function recordRun(options: RecordOptions): Promise<RecordedRun> {
  const scenarios = options.scenarios ?? allScenarios;
  const note = options.onNote ?? (() => {});
  let server: RunningServer | undefined;
  let sql: string[] = [];
  if (!options.baseUrl) {
    // A fresh seeded shop. The comparison places dozens of orders a minute for one customer,
    // which the default write budget (120/min) is there to stop.
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      databasePath: ':memory:',
      services: { writeLimit: { limit: 100_000, windowMs: 60_000 } },
      onQuery: (statement) => sql.push(statement),
    });
    note(`started a fresh shop at ${server.url}`);
  }
  const base = new URL(options.baseUrl ?? (server as RunningServer).url);
  // A sandbox's URL: the proxy talks to the server's origin, the clients add the sandbox's prefix.
  const target = base.origin;
  const prefix = base.pathname.replace(/\/$/, '');
  if (options.baseUrl) await checkReachable(options.baseUrl);
  // The clients' libraries ask for compression on their own (fetch gzip, axios brotli too): the
  // main pass asks for none, as the benchmark does; a second pass asks every client for gzip.
  const proxy = await createCountingProxy(target, { acceptEncoding: null });
  const gzipProxy = await createCountingProxy(target, { acceptEncoding: 'gzip' });
  const takeSql = () => {
    const taken = sql;
    sql = [];
    return taken;
  };
  try {
    const ctx = await createScenarioContext(`${proxy.url}${prefix}`);
    const wsdl = proxy.take().filter((exchange) => exchange.target.toLowerCase().endsWith('?wsdl'));
    const records = await runScenarios({
      proxy,
      ctx,
      runs: options.runs,
      scenarios,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(server ? { takeSql } : {}),
    });
    note('asking every client once more for gzip, and each protocol for a repeated read');
    const gzipCtx = await createScenarioContext(`${gzipProxy.url}${prefix}`);
    const gzipWsdl = gzipProxy.take().filter((exchange) => exchange.target.toLowerCase().endsWith('?wsdl'));
    await runCompressed({ proxy: gzipProxy, ctx: gzipCtx, scenarios, records });
    const caching = await probeCaching(proxy, ctx.inputs.productId, prefix);
    note('measuring scenario code and compiling the type-safety probes');
    const code = await measureCode(options.root, scenarios);
    const typeProbes = runTypeProbes(options.root);
    return {
      meta: {
        generatedAt: new Date().toISOString(),
        runs: options.runs,
        node: process.versions.node,
        platform: `${process.platform}/${process.arch}`,
        target: options.baseUrl ?? 'a fresh server (seeded :memory: database) started for the run',
        sqlCounted: server !== undefined,
        passwordHashing: `scrypt N=2^${Math.log2(owaspScrypt.N)}, r=${owaspScrypt.r}, p=${owaspScrypt.p}`,
      },
      scenarios: scenarios.map(({ id, title, expectsError, caveat, variants }) => ({
        id,
        title,
        expectsError,
        ...(caveat ? { caveat } : {}),
        variants: variants.map(({ id: variantId, protocol, file, exportName, documents }) => ({ id: variantId, protocol, file, exportName, documents })),
      })),
      records,
      ...code,
      typeProbes,
      caching,
      setup: {
        soapWsdlRoundTrips: wsdl.length,
        soapWsdlResponseBytes: wsdl.reduce((sum, e) => sum + e.responseHeadBytes + e.responseBodyBytes, 0),
        soapWsdlGzipResponseBytes: gzipWsdl.reduce((sum, e) => sum + e.responseHeadBytes + e.responseBodyBytes, 0),
      },
    };
  } finally {
    await gzipProxy.close();
    await proxy.close();
    await server?.close();
  }
}
