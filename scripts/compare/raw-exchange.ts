import { securityHeaders, requestIdHeader } from '../../src/http/base-headers.js';
import { redactBody, redactHeader } from '../../src/recording/redact.js';
import type { Exchange } from './counting-proxy.js';
import { decompress } from './payloads.js';

/** One exchange as it crossed the wire, for a reader: heads as sent, bodies as text, secrets out. */
export interface RawExchange {
  request: string;
  response: string;
}

/** Longer bodies are cut here in the report (their byte counts stay exact in the tables). */
export const rawBodyLimit = 1500;

/** Header names the server adds to every response by this project's choice (not by any protocol). */
const baseHeaderNames = new Set([...Object.keys(securityHeaders), requestIdHeader]);

/** Bytes of the security headers and request id in one response head (`Name: value\r\n` each). */
export function baseHeaderBytes(headers: Map<string, string>): number {
  let total = 0;
  for (const [name, value] of headers) if (baseHeaderNames.has(name)) total += Buffer.byteLength(`${name}: ${value}\r\n`, 'latin1');
  return total;
}

function redactHead(head: string): string {
  return head
    .split('\r\n')
    .map((line, index) => {
      const colon = line.indexOf(':');
      if (index === 0 || colon < 0) return line;
      return `${line.slice(0, colon)}: ${redactHeader(line.slice(0, colon).trim(), line.slice(colon + 1).trim())}`;
    })
    .join('\n');
}

function bodyText(body: Buffer, headers: Map<string, string>): string {
  if (body.length === 0) return '';
  const encoding = headers.get('content-encoding');
  let text = decompress(body, encoding).toString('utf8');
  text = redactBody(text, headers.get('content-type') ?? '');
  const cut = text.length > rawBodyLimit ? `${text.slice(0, rawBodyLimit)}\n… (${text.length - rawBodyLimit} more characters)` : text;
  return encoding ? `[${encoding}-decoded for reading; ${body.length} B on the wire]\n${cut}` : cut;
}

const parseHeaders = (head: string) =>
  new Map(
    head
      .split('\r\n')
      .slice(1)
      .map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as const),
  );

export function rawExchange(exchange: Exchange): RawExchange {
  const requestBody = bodyText(exchange.requestBody, parseHeaders(exchange.requestHead));
  const responseBody = bodyText(exchange.responseBody, exchange.responseHeaders);
  return {
    request: `${redactHead(exchange.requestHead)}\n${requestBody ? `\n${requestBody}` : ''}`,
    response: `${redactHead(exchange.responseHead)}\n${responseBody ? `\n${responseBody}` : ''}`,
  };
}

/** A request that sends a password: a log-in (its time is mostly the server's password hashing). */
export const sendsPassword = (exchange: Exchange) => /password/i.test(exchange.requestBody.toString('utf8'));
