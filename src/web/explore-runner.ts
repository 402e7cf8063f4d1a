import { performance } from 'node:perf_hooks';
import { createShopSoapClient } from '../../clients/soap/shop-soap-client.js';
import { countLeaves, decodeResponse } from '../../scripts/compare/payloads.js';
import type { RunMeasurement } from '../../scripts/compare/run-scenarios.js';
import { buyer } from '../../scripts/compare/scenario-context.js';
import { defaultInputs, scenarios, type Protocol, type Scenario } from '../../scripts/compare/scenarios.js';
import { demoAccounts } from '../domain/demo-accounts.js';
import { toExploredExchange, type ExploredExchange } from './explore-exchange.js';
import { createCountingProxy, type CountingProxy } from '../../scripts/compare/counting-proxy.js';
import { baseHeaderBytes } from '../../scripts/compare/raw-exchange.js';
import type { ExploreAccount } from './explore-accounts.js';

export interface ProtocolRun {
  exchanges: ExploredExchange[];
  metrics: RunMeasurement;
  /** The scenario's answer in the shared vocabulary (what it used of the responses). */
  answer?: unknown;
  failure?: string;
}

export type ExploreResult = { scenario: { id: string; title: string }; account: ExploreAccount } & Record<Protocol, ProtocolRun>;

export interface ExploreOptions {
  /** Where this server listens; the run's proxy connects there. */
  target: { host: string; port: number };
  /** The shop's path prefix ('' for the shared shop). */
  prefix: string;
  scenario: Scenario;
  account: ExploreAccount;
  timeoutMs?: number;
}

export const protocols: Protocol[] = ['rest', 'graphql', 'soap'];

export const findScenario = (id: string): Scenario | undefined => scenarios.find((scenario) => scenario.id === id);

async function logIn(baseUrl: string, account: 'customer' | 'admin'): Promise<string> {
  const { email, password } = demoAccounts[account];
  const response = await fetch(`${baseUrl}/rest/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Logging in as the demo ${account} answered ${response.status}.`);
  return ((await response.json()) as { token: string }).token;
}

const logOut = (baseUrl: string, token: string) =>
  fetch(`${baseUrl}/rest/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } }).then(
    (response) => response.body?.cancel(),
    () => undefined,
  );

async function runOne(scenario: Scenario, protocol: Protocol, ctx: Parameters<Scenario['variants'][number]['run']>[0], proxy: CountingProxy): Promise<ProtocolRun> {
  const variant = scenario.variants.find((candidate) => candidate.id === protocol);
  proxy.take();
  const started = performance.now();
  let answer: unknown;
  let failure: string | undefined;
  try {
    answer = await variant?.run(ctx);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const latencyMs = performance.now() - started;
  const wire = proxy.take();
  const exchanges = wire.map((exchange) => toExploredExchange(exchange, protocol, answer));
  const decoded = wire.map(decodeResponse);
  const metrics: RunMeasurement = {
    latencyMs: Math.round(latencyMs * 10) / 10,
    roundTrips: wire.length,
    requestBytes: wire.reduce((sum, e) => sum + e.requestHeadBytes + e.requestBodyBytes, 0),
    responseBytes: wire.reduce((sum, e) => sum + e.responseHeadBytes + e.responseBodyBytes, 0),
    responseHeadBytes: wire.reduce((sum, e) => sum + e.responseHeadBytes, 0),
    baseHeaderBytes: wire.reduce((sum, e) => sum + baseHeaderBytes(e.responseHeaders), 0),
    fieldsReceived: decoded.reduce((sum: number, payload) => sum + countLeaves(payload), 0),
    fieldsUsed: countLeaves(answer),
  };
  return { exchanges, metrics, ...(answer === undefined ? {} : { answer }), ...(failure ? { failure } : {}) };
}

/**
 * One scenario through the three generated clients, over real HTTP against this server, behind
 * a proxy of its own that records the exchanges. Setup traffic (the demo login, the WSDL the
 * SOAP client reads) is not part of the scenario and is left out, as in `npm run compare`.
 */
export async function runExplorer(options: ExploreOptions): Promise<ExploreResult> {
  // The report's own proxy: the same wire measurements. No Accept-Encoding, so bodies read plainly.
  const proxy = await createCountingProxy(`http://${options.target.host}:${options.target.port}`, { acceptEncoding: null });
  const baseUrl = `${proxy.url}${options.prefix}`;
  let token = '';
  const timer = setTimeout(() => void proxy.close(), options.timeoutMs ?? 30_000);
  try {
    if (options.account !== 'anonymous') token = await logIn(baseUrl, options.account);
    const soap = await createShopSoapClient(baseUrl);
    const ctx = {
      baseUrl,
      inputs: defaultInputs,
      buyer: options.account === 'admin' ? demoAccounts.admin : buyer,
      customerToken: token,
      soap,
    };
    const result: Partial<Record<Protocol, ProtocolRun>> = {};
    // One after the other: each protocol's exchanges are then exactly those of its client.
    for (const protocol of protocols) result[protocol] = await runOne(options.scenario, protocol, ctx, proxy);
    return { scenario: { id: options.scenario.id, title: options.scenario.title }, account: options.account, ...(result as Record<Protocol, ProtocolRun>) };
  } finally {
    clearTimeout(timer);
    if (token) await logOut(baseUrl, token);
    await proxy.close();
  }
}
