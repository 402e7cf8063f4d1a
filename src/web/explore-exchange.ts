import { countLeaves, decodeResponse } from '../../scripts/compare/payloads.js';
import type { Protocol } from '../../scripts/compare/scenarios.js';
import type { RecordedMessage } from '../recording/exchange.js';
import { countUsedLeaves, usedFields, type FieldMark } from './explore-fields.js';
import type { Exchange as WireExchange } from '../../scripts/compare/counting-proxy.js';
import { redactBody, redactHeader } from '../recording/redact.js';

/** Each body is shown up to this many bytes, with a visible mark when cut. */
export const bodyCapBytes = 64 * 1024;

/** One round trip of an explorer run, as the page shows it (secrets redacted). */
export interface ExploredExchange {
  protocol: Protocol;
  /** REST: "GET /rest/orders"; GraphQL: "query OrderHistory"; SOAP: "ListOrders". */
  operation: string;
  method: string;
  /** Path and query as sent. */
  path: string;
  status: number;
  durationMs: number;
  request: RecordedMessage;
  response: RecordedMessage;
  /** Response leaves ([element or key name, value]) the scenario's answer used. */
  used: FieldMark[];
  fieldsReceived: number;
  fieldsUsed: number;
}

function message(headers: Map<string, string>, body: Buffer): RecordedMessage {
  const contentType = headers.get('content-type') ?? '';
  const redactedHeaders = Object.fromEntries([...headers].map(([name, value]) => [name, redactHeader(name, value)]));
  // Redacted whole, then cut: a cap must never split a secret in two.
  const text = redactBody(body.toString('utf8'), contentType);
  const truncated = Buffer.byteLength(text) > bodyCapBytes;
  return { headers: redactedHeaders, body: truncated ? Buffer.from(text).subarray(0, bodyCapBytes).toString('utf8') : text, truncated, bytes: body.length };
}

/** The header lines of a request head as the proxy saw it, names lower-cased. */
function headersOf(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function operationOf(exchange: WireExchange, protocol: Protocol): string {
  const pathname = exchange.target.split('?')[0] ?? '';
  if (protocol === 'graphql') {
    const text = exchange.requestBody.toString('utf8');
    try {
      const { query = '', operationName } = JSON.parse(text) as { query?: string; operationName?: string };
      const match = /^\s*(query|mutation|subscription)\s*(\w*)/.exec(query);
      return [match?.[1] ?? 'query', operationName ?? match?.[2]].filter(Boolean).join(' ');
    } catch {
      return `${exchange.method} ${pathname}`;
    }
  }
  if (protocol === 'soap') {
    const headers = headersOf(exchange.requestHead);
    const action = headers.get('soapaction') ?? /action="([^"]*)"/.exec(headers.get('content-type') ?? '')?.[1] ?? '';
    return action.replace(/"/g, '').split('/').pop() || `${exchange.method} ${pathname}`;
  }
  return `${exchange.method} ${pathname}`;
}

export function toExploredExchange(exchange: WireExchange, protocol: Protocol, answer: unknown): ExploredExchange {
  const payload = decodeResponse(exchange);
  const used = answer === undefined ? [] : usedFields(payload, answer);
  return {
    protocol,
    operation: operationOf(exchange, protocol),
    method: exchange.method,
    path: exchange.target,
    status: exchange.status,
    durationMs: Math.round(exchange.durationMs * 10) / 10,
    request: message(headersOf(exchange.requestHead), exchange.requestBody),
    response: message(exchange.responseHeaders, exchange.responseBody),
    used,
    fieldsReceived: countLeaves(payload),
    fieldsUsed: countUsedLeaves(payload, used),
  };
}
