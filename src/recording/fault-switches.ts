import { STATUS_CODES } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { ErrorCode } from '../domain/errors.js';
import type { Protocol } from './exchange.js';

/**
 * Faults on purpose, for teaching timeouts, retries and error handling. Per request:
 * `X-Playground-Delay: <ms>` and `X-Playground-Fail: <status>`; per shop: switches set on
 * /inspect (delay, failure rate, status, per protocol). All off by default.
 */
export const maxDelayMs = 10_000;
export const delayHeader = 'x-playground-delay';
export const failHeader = 'x-playground-fail';

export interface ProtocolFaults {
  /** Added before every call of this protocol. */
  delayMs: number;
  /** 0..1: the share of calls answered with `failStatus` instead. */
  failureRate: number;
  failStatus: number;
}

export type FaultSettings = Record<Protocol, ProtocolFaults>;

const protocolFaultsSchema = z.strictObject({
  delayMs: z.number().int().min(0).max(maxDelayMs).optional(),
  failureRate: z.number().min(0).max(1).optional(),
  failStatus: z.number().int().min(400).max(599).optional(),
});

/** A PUT /inspect/faults body: any protocol's settings, each field optional (unset ones keep their value). */
export const faultSettingsInput = z.strictObject({
  rest: protocolFaultsSchema.optional(),
  graphql: protocolFaultsSchema.optional(),
  soap: protocolFaultsSchema.optional(),
});

export interface FaultSwitches {
  get(): FaultSettings;
  set(input: z.infer<typeof faultSettingsInput>): FaultSettings;
  /** This protocol's switches when any is on; undefined (the common case) when all are off. */
  active(protocol: Protocol): ProtocolFaults | undefined;
}

const off = (): ProtocolFaults => ({ delayMs: 0, failureRate: 0, failStatus: 503 });

/** One shop's switches, all off. */
export function createFaultSwitches(): FaultSwitches {
  let settings: FaultSettings = { rest: off(), graphql: off(), soap: off() };
  const on = new Set<Protocol>();
  return {
    get: () => structuredClone(settings),
    set(input) {
      settings = {
        rest: { ...settings.rest, ...input.rest },
        graphql: { ...settings.graphql, ...input.graphql },
        soap: { ...settings.soap, ...input.soap },
      };
      on.clear();
      for (const protocol of ['rest', 'graphql', 'soap'] as const) {
        if (settings[protocol].delayMs > 0 || settings[protocol].failureRate > 0) on.add(protocol);
      }
      return structuredClone(settings);
    },
    active: (protocol) => (on.size > 0 && on.has(protocol) ? settings[protocol] : undefined),
  };
}

/** A failure to answer in the protocol's own shape. */
export interface InjectedFailure {
  status: number;
  /** The status's reason phrase ("Service Unavailable"). */
  title: string;
  /** The nearest code of the shop's shared vocabulary (problem+json `code`, the SOAP fault's detail). */
  code: ErrorCode;
  /** GraphQL's `extensions.code`: the shared code when the status means exactly that, else the reason (SERVICE_UNAVAILABLE). */
  graphqlCode: string;
  message: string;
}

const exactCodes: Partial<Record<number, ErrorCode>> = {
  400: 'VALIDATION_FAILED', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND',
  409: 'CONFLICT', 422: 'VALIDATION_FAILED', 429: 'RATE_LIMITED', 500: 'INTERNAL',
};

export function injectedFailure(status: number, message: string): InjectedFailure {
  const title = STATUS_CODES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
  const exact = exactCodes[status];
  return {
    status,
    title,
    code: exact ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED'),
    graphqlCode: exact ?? title.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, ''),
    message,
  };
}

export interface FaultDecision {
  delayMs: number;
  failure: InjectedFailure | undefined;
}

const wholeNumber = /^\d{1,6}$/;

/** Calls, not pages: SOAP's GET (WSDL, docs) and GraphiQL's page are never faulted; preflights neither. */
function isCall(c: Context, protocol: Protocol): boolean {
  const method = c.req.method;
  if (method === 'OPTIONS') return false;
  if (protocol === 'soap') return method === 'POST';
  if (protocol === 'graphql' && method === 'GET') return !(c.req.header('accept') ?? '').includes('text/html');
  return true;
}

/** What to do with this request: nothing (undefined), wait, fail, or both. A bad header is a 400 in the protocol's shape. */
export function decideFault(c: Context, protocol: Protocol, switches: ProtocolFaults | undefined, random = Math.random): FaultDecision | undefined {
  const delay = c.req.header(delayHeader);
  const fail = c.req.header(failHeader);
  if ((delay === undefined && fail === undefined && switches === undefined) || !isCall(c, protocol)) return undefined;
  if (delay !== undefined && !(wholeNumber.test(delay.trim()) && Number(delay) <= maxDelayMs)) {
    return { delayMs: 0, failure: injectedFailure(400, `X-Playground-Delay must be a whole number of milliseconds from 0 to ${maxDelayMs}; got "${delay.slice(0, 40)}".`) };
  }
  if (fail !== undefined && !(/^\d{3}$/.test(fail.trim()) && Number(fail) >= 400 && Number(fail) <= 599)) {
    return { delayMs: 0, failure: injectedFailure(400, `X-Playground-Fail must be an HTTP error status from 400 to 599 (e.g. 500, 503); got "${fail.slice(0, 40)}".`) };
  }
  const delayMs = delay !== undefined ? Number(delay) : (switches?.delayMs ?? 0);
  if (fail !== undefined) {
    return { delayMs, failure: injectedFailure(Number(fail), `Failed on purpose: the request asked for ${fail.trim()} with X-Playground-Fail.`) };
  }
  if (switches && switches.failureRate > 0 && random() < switches.failureRate) {
    const message = `Failed on purpose: this shop's fault switches fail ${Math.round(switches.failureRate * 100)}% of ${protocol} calls (see /inspect).`;
    return { delayMs, failure: injectedFailure(switches.failStatus, message) };
  }
  return { delayMs, failure: undefined };
}

/** Answers a failure in one protocol's shape; each adapter passes its own (its error table's). */
export type FailureAnswer = (c: Context, failure: InjectedFailure) => Response | Promise<Response>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The fault check an adapter mounts in front of its calls. Without a fault header and with the
 * shop's switches off it costs two header reads.
 */
export function injectFaults(protocol: Protocol, answer: FailureAnswer): MiddlewareHandler {
  // Synchronous when there is nothing to do (every request but a teaching one): no extra promise.
  return (c, next) => {
    const shop = c.get('shop') as { faults?: FaultSwitches } | undefined;
    const decision = decideFault(c, protocol, shop?.faults?.active(protocol));
    if (decision === undefined) return next();
    return (async () => {
      if (decision.delayMs > 0) await sleep(decision.delayMs);
      if (decision.failure) return answer(c, decision.failure);
      return next();
    })();
  };
}
