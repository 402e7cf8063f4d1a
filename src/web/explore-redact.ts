/**
 * Secrets out of an explorer recording before it leaves the server: credentials in headers,
 * passwords and tokens in JSON, in GraphQL literals and in SOAP elements (WS-Security too).
 */
export const redacted = '[redacted]';

const secretKey = /^(password|newPassword|currentPassword|token|accessToken|refreshToken)$/i;

/** `Bearer abc` → `Bearer [redacted]`; cookies keep their names. */
export function redactHeader(name: string, value: string): string {
  switch (name.toLowerCase()) {
    case 'authorization':
    case 'proxy-authorization': {
      const scheme = /^(\w+)\s+\S/.exec(value)?.[1];
      return scheme ? `${scheme} ${redacted}` : redacted;
    }
    case 'cookie':
      return value.replace(/([^=;\s]+)=[^;]*/g, `$1=${redacted}`);
    case 'set-cookie':
      // Attributes (Path, HttpOnly, Max-Age) are no secret; each cookie's value is.
      return value.replace(/(^|,\s*)([^=;,\s]+)=[^;,]*/g, (_all, lead: string, cookie: string) =>
        /^(path|domain|expires|max-age|samesite)$/i.test(cookie) ? _all : `${lead}${cookie}=${redacted}`,
      );
    default:
      return value;
  }
}

function redactJsonValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJsonValue);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, secretKey.test(key) && typeof item === 'string' ? redacted : redactJsonValue(item)]),
  );
}

/** `password: "x"` inside a GraphQL document (a literal argument, not a variable). */
const graphqlLiteral = /\b(password|newPassword|currentPassword|token)(\s*:\s*)("""[\s\S]*?"""|"(?:[^"\\]|\\.)*")/gi;
/** `<password>x</password>`, `<wsse:Password Type="…">x</wsse:Password>`, `<token>…</token>`. */
const xmlSecret = /<((?:[\w.-]+:)?(password|token))(\s[^>]*)?>[\s\S]*?<\/\1\s*>/gi;
/** A JSON body that did not parse (cut by the cap): the string values of secret keys. */
const looseJsonSecret = /("(?:password|newPassword|currentPassword|token|accessToken|refreshToken)"\s*:\s*)"(?:[^"\\]|\\.)*"?/gi;

function redactGraphqlDocument(query: string): string {
  return query.replace(graphqlLiteral, (_all, name: string, colon: string) => `${name}${colon}"${redacted}"`);
}

/** A body as text, by its media type. */
export function redactBody(body: string, contentType: string): string {
  // Most bodies hold no secret: those stay byte for byte as they were sent.
  if (!/password|token/i.test(body)) return body;
  if (/json/i.test(contentType)) {
    try {
      const parsed = redactJsonValue(JSON.parse(body)) as Record<string, unknown>;
      if (typeof parsed.query === 'string') parsed.query = redactGraphqlDocument(parsed.query);
      return JSON.stringify(parsed);
    } catch {
      return redactGraphqlDocument(body.replace(looseJsonSecret, `$1"${redacted}"`));
    }
  }
  if (/xml/i.test(contentType)) return body.replace(xmlSecret, (_all, tag: string, _local: string, attributes = '') => `<${tag}${attributes}>${redacted}</${tag}>`);
  if (/graphql/i.test(contentType)) return redactGraphqlDocument(body);
  return body.replace(looseJsonSecret, `$1"${redacted}"`);
}
