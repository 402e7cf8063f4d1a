import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import type Database from 'better-sqlite3';
import { shopFaultOf } from '../../../clients/soap/shop-soap-client.js';
import { createApp } from '../../../src/app.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { sampleEnvelope, sampleHeaders } from '../../../src/protocols/soap/sample-envelope.js';
import { soap11, soap12 } from '../../../src/protocols/soap/soap-versions.js';
import type { ServiceOptions } from '../../../src/services/create-services.js';
import { createTestShop } from '../../support/shop.js';
import { testAppDeps } from '../../support/app-deps.js';

export const versions = { '1.1': soap11, '1.2': soap12 } as const;
export const demo = {
  customer: { email: 'ada@example.com', password: 'shop-demo-2026' },
  admin: { email: 'admin@example.com', password: 'admin-demo-2026' },
} as const;

/** A seeded shop on its own :memory: database with the whole app, for in-process requests. */
export function createSoapTestApp(options: { logger?: Logger; services?: ServiceOptions } = {}) {
  const shop = createTestShop(options.services);
  const app = createApp(testAppDeps({ services: shop.services, logger: options.logger ?? createLogger('silent') }));
  return { ...shop, app };
}

/** The same app over real HTTP on a free port, with the services at hand (parity tests). */
export async function startSoapTestServer() {
  const shop = createSoapTestApp();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: shop.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    ...shop,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export interface SoapReply {
  status: number;
  contentType: string;
  requestId: string | null;
  text: string;
}

type App = ReturnType<typeof createSoapTestApp>['app'];

export async function post(app: App, body: string, headers: Record<string, string>): Promise<SoapReply> {
  const response = await app.request('/soap', { method: 'POST', headers, body });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    requestId: response.headers.get('x-request-id'),
    text: await response.text(),
  };
}

/** Posts the request envelope for `operation` as the sample builder writes it. */
export function call(
  app: App,
  operation: string,
  args: Record<string, unknown>,
  version: keyof typeof versions = '1.1',
  credentials?: { email: string; password: string },
): Promise<SoapReply> {
  return post(app, sampleEnvelope(operation, args, versions[version], credentials), sampleHeaders(operation, versions[version]));
}

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, ignoreAttributes: true, processEntities: false });

/** The fault in a raw reply: SOAP fault code (either version) and the ShopFault detail. */
export function faultIn(reply: SoapReply) {
  const fault = (parser.parse(reply.text) as { Envelope?: { Body?: { Fault?: Record<string, unknown> } } }).Envelope?.Body?.Fault;
  if (!fault) throw new Error(`Expected a fault, got: ${reply.text.slice(0, 300)}`);
  const code = (fault.faultcode ?? (fault.Code as { Value?: string } | undefined)?.Value) as string;
  const detail = ((fault.detail ?? fault.Detail) as { ShopFault: { code: string; message: string; fields?: unknown } }).ShopFault;
  return {
    faultcode: code,
    code: detail.code,
    message: detail.message,
    fields: (detail.fields === undefined ? [] : [detail.fields].flat()) as { path: string; message: string }[],
  };
}

/** The response element's content of a successful raw reply. */
export function resultIn(reply: SoapReply, operation: string): Record<string, unknown> {
  const body = (parser.parse(reply.text) as { Envelope: { Body: Record<string, Record<string, unknown>> } }).Envelope.Body;
  const result = body[`${operation}Response`];
  if (result === undefined) throw new Error(`Expected ${operation}Response, got: ${reply.text.slice(0, 300)}`);
  return result;
}

/** The fault a node-soap call failed with: SOAP fault code and ShopFault detail. */
export async function faultOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    const detail = shopFaultOf(error);
    if (!detail) throw error;
    const fault = (error as { root: { Envelope: { Body: { Fault: Record<string, unknown> } } } }).root.Envelope.Body.Fault;
    const faultcode = (fault.faultcode ?? (fault.Code as { Value: string }).Value) as string;
    return { faultcode, ...detail };
  }
  throw new Error('Expected the call to fault, and it succeeded.');
}

/** Everything a hostile request could change, in one comparable value. */
export function databaseState(db: Database.Database): unknown {
  const tables = ['products', 'categories', 'customers', 'orders', 'order_items', 'reviews', 'sessions', 'cart_items'];
  return Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()]),
  );
}
