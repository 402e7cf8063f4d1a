import { XMLParser } from 'fast-xml-parser';
import { fileURLToPath } from 'node:url';

/**
 * The wire level: a SOAP call is an HTTP POST of an XML envelope. No WSDL, no generated code —
 * just `fetch` and an XML parser, so you see exactly what the typed client sends and receives.
 */

const shopNamespace = 'http://api-playground.example/shop/v1';
const envelopes = {
  '1.1': { namespace: 'http://schemas.xmlsoap.org/soap/envelope/', contentType: 'text/xml; charset=utf-8' },
  '1.2': { namespace: 'http://www.w3.org/2003/05/soap-envelope', contentType: 'application/soap+xml; charset=utf-8' },
} as const;

export type SoapVersionName = keyof typeof envelopes;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** `{ id: 1 }` → `<id>1</id>`; arrays repeat the element, objects nest. */
export function toElements(args: Record<string, unknown>): string {
  return Object.entries(args)
    .flatMap(([name, value]) => (Array.isArray(value) ? value.map((item: unknown) => [name, item] as const) : [[name, value] as const]))
    .map(([name, value]) =>
      typeof value === 'object' && value !== null ? `<${name}>${toElements(value as Record<string, unknown>)}</${name}>` : `<${name}>${escapeXml(String(value))}</${name}>`,
    )
    .join('');
}

export function buildEnvelope(operation: string, args: Record<string, unknown>, version: SoapVersionName = '1.1'): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?>` +
    `<soap:Envelope xmlns:soap="${envelopes[version].namespace}">` +
    `<soap:Body><${operation} xmlns="${shopNamespace}">${toElements(args)}</${operation}></soap:Body>` +
    `</soap:Envelope>`
  );
}

/** SOAP 1.1 names the operation in a SOAPAction header; SOAP 1.2 in the media type's action parameter. */
export function soapHeaders(operation: string, version: SoapVersionName = '1.1'): Record<string, string> {
  const action = `${shopNamespace}/${operation}`;
  return version === '1.1'
    ? { 'content-type': envelopes[version].contentType, soapaction: `"${action}"` }
    : { 'content-type': `${envelopes[version].contentType}; action="${action}"` };
}

// Keep "007" a string and leave entities alone; strip prefixes so `soap:Body` reads as `Body`.
const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false, processEntities: false, ignoreAttributes: true });

export interface RawResult {
  status: number;
  /** The response element's content (success) or the Fault element (failure), as parsed. */
  body: Record<string, unknown>;
  fault: boolean;
  xml: string;
}

/** Posts one envelope and returns the Body's content. Faults come back as data (HTTP 500), not thrown. */
export async function callSoap(
  baseUrl: string,
  operation: string,
  args: Record<string, unknown> = {},
  options: { version?: SoapVersionName; bearerToken?: string } = {},
): Promise<RawResult> {
  const headers = soapHeaders(operation, options.version);
  if (options.bearerToken) headers.authorization = `Bearer ${options.bearerToken}`;
  const response = await fetch(`${baseUrl}/soap`, { method: 'POST', headers, body: buildEnvelope(operation, args, options.version) });
  const xml = await response.text();
  const body = (parser.parse(xml) as { Envelope?: { Body?: Record<string, Record<string, unknown>> } }).Envelope?.Body ?? {};
  const fault = 'Fault' in body;
  return { status: response.status, body: fault ? (body.Fault ?? {}) : (body[`${operation}Response`] ?? {}), fault, xml };
}

// node --import tsx clients/soap/raw-envelope.ts [http://localhost:3000]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const baseUrl = process.argv[2] ?? 'http://localhost:3000';
  console.log('Request:\n' + buildEnvelope('GetProduct', { id: 1 }));
  const product = await callSoap(baseUrl, 'GetProduct', { id: 1 });
  console.log(`\nResponse (HTTP ${product.status}):\n${product.xml}`);
  const missing = await callSoap(baseUrl, 'GetProduct', { id: 999999 }, { version: '1.2' });
  console.log(`\nA SOAP 1.2 fault (HTTP ${missing.status}):\n${missing.xml}`);
}
