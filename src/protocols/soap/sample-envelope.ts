import { soapActionOf, shopNamespace, wsseNamespace, type SoapVersion } from './soap-versions.js';
import { escapeXml } from './xml-text.js';

/** Elements for plain sample data: objects nest, arrays repeat, all in the shop namespace (prefix `shop`). */
function sampleElements(data: Record<string, unknown>, indent: string): string {
  return Object.entries(data)
    .flatMap(([name, value]) => (Array.isArray(value) ? value.map((item: unknown) => [name, item] as const) : [[name, value] as const]))
    .map(([name, value]) =>
      typeof value === 'object' && value !== null
        ? `${indent}<shop:${name}>\n${sampleElements(value as Record<string, unknown>, `${indent}  `)}${indent}</shop:${name}>\n`
        : `${indent}<shop:${name}>${escapeXml(String(value))}</shop:${name}>\n`,
    )
    .join('');
}

function securityHeader(credentials: { email: string; password: string }): string {
  return (
    `  <soap:Header>\n` +
    `    <wsse:Security xmlns:wsse="${wsseNamespace}">\n` +
    `      <wsse:UsernameToken>\n` +
    `        <wsse:Username>${escapeXml(credentials.email)}</wsse:Username>\n` +
    `        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${escapeXml(credentials.password)}</wsse:Password>\n` +
    `      </wsse:UsernameToken>\n` +
    `    </wsse:Security>\n` +
    `  </soap:Header>\n`
  );
}

/** A readable request envelope for one operation, optionally with a WS-Security UsernameToken. */
export function sampleEnvelope(
  operation: string,
  args: Record<string, unknown>,
  version: SoapVersion,
  credentials?: { email: string; password: string },
): string {
  const body = Object.keys(args).length === 0 ? `    <shop:${operation}/>\n` : `    <shop:${operation}>\n${sampleElements(args, '      ')}    </shop:${operation}>\n`;
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<soap:Envelope xmlns:soap="${version.envelopeNamespace}" xmlns:shop="${shopNamespace}">\n` +
    (credentials ? securityHeader(credentials) : '') +
    `  <soap:Body>\n${body}  </soap:Body>\n` +
    `</soap:Envelope>\n`
  );
}

/** The HTTP headers that carry the version and the action: SOAPAction in 1.1, the media type in 1.2. */
export const sampleHeaders = (operation: string, version: SoapVersion): Record<string, string> =>
  version.name === '1.1'
    ? { 'content-type': version.contentType, soapaction: `"${soapActionOf(operation)}"` }
    : { 'content-type': `${version.contentType}; action="${soapActionOf(operation)}"` };
