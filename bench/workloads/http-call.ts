import type { BenchRequest } from './workload-types.js';

export interface CallResult {
  status: number;
  body: string;
}

/** One request outside the measurement (login, restock, probe), with a clear error on failure. */
export async function call(baseUrl: string, request: BenchRequest): Promise<CallResult> {
  const response = await fetch(new URL(request.path, baseUrl), {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: await response.text() };
}

/** Like `call`, but a non-2xx answer is an error that says what came back. */
export async function callOk(baseUrl: string, request: BenchRequest, what: string): Promise<string> {
  const { status, body } = await call(baseUrl, request);
  if (status < 200 || status > 299) throw new Error(`${what}: ${request.method} ${request.path} answered ${status}: ${body.slice(0, 300)}`);
  return body;
}

export const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const bearer = (token: string) => ({ ...jsonHeaders, authorization: `Bearer ${token}` });
