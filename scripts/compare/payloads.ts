import { XMLParser } from 'fast-xml-parser';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Exchange } from './counting-proxy.js';

// Values stay strings ("007" is not 7) and entities are left alone: we count, we do not trust.
const xml = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false, processEntities: false });

export function decompress(body: Buffer, encoding: string | undefined): Buffer {
  if (!encoding || encoding === 'identity') return body;
  if (encoding.includes('gzip')) return gunzipSync(body);
  if (encoding.includes('br')) return brotliDecompressSync(body);
  if (encoding.includes('deflate')) return inflateSync(body);
  return body;
}

/**
 * The response body as data: JSON as parsed, a SOAP envelope as the content of its Body.
 * Anything else (HTML, an empty body) is undefined.
 */
export function decodeResponse(exchange: Exchange): unknown {
  if (exchange.responseBody.length === 0) return undefined;
  const type = exchange.responseHeaders.get('content-type') ?? '';
  const text = decompress(exchange.responseBody, exchange.responseHeaders.get('content-encoding')).toString('utf8');
  try {
    if (/json/i.test(type)) return JSON.parse(text) as unknown;
    if (/xml/i.test(type)) {
      const envelope = xml.parse(text) as { Envelope?: { Body?: unknown } };
      return envelope.Envelope?.Body ?? envelope;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaf values (strings, numbers, booleans, nulls) in a decoded payload: the fields a client received. */
export function countLeaves(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countLeaves(item), 0);
  if (isRecord(value)) return Object.values(value).reduce((sum: number, item) => sum + countLeaves(item), 0);
  return value === undefined ? 0 : 1;
}

/** The keys of a payload without its values, e.g. `{type, status, errors: [{path, message}]}`. */
export function skeleton(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${skeleton(value[0])}]`;
  if (!isRecord(value)) return '';
  const entries = Object.entries(value).map(([key, item]) => {
    const inner = skeleton(item);
    return inner ? `${key}: ${inner}` : key;
  });
  return `{${entries.join(', ')}}`;
}

/** Where in a payload a leaf has this value, e.g. `errors[0].extensions.code`. */
export function pathOfValue(value: unknown, wanted: string, path = ''): string | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = pathOfValue(item, wanted, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfValue(item, wanted, path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return undefined;
  }
  return String(value) === wanted ? path : undefined;
}
