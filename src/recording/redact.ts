/**
 * Secrets out of a recorded exchange, at record time: credentials in headers, passwords and
 * tokens in JSON (REST bodies, GraphQL variables and answers), in GraphQL literals, in SOAP
 * elements (WS-Security's Password in any prefix) and in a URL's query. Everything else stays
 * byte for byte as it was sent.
 */
export const redacted = '[redacted]';

const secretNames = 'password|newPassword|currentPassword|token|accessToken|refreshToken';
const secretName = new RegExp(`^(?:${secretNames})$`, 'i');
const mayHoldSecret = /password|token/i;

/** `Bearer abc` → `Bearer [redacted]`; cookies keep their names, attributes stay. */
export function redactHeader(name: string, value: string): string {
  switch (name.toLowerCase()) {
    case 'authorization':
    case 'proxy-authorization': {
      const scheme = /^([\w-]+)\s+\S/.exec(value)?.[1];
      return scheme ? `${scheme} ${redacted}` : redacted;
    }
    case 'cookie':
      return value.replace(/([^=;\s]+)=[^;]*/g, `$1=${redacted}`);
    case 'set-cookie':
      // Several cookies may come joined by commas: each one's value goes, attributes stay.
      return value.replace(/(^|,\s*)([^=;,\s]+)=[^;,]*/g, (all, lead: string, cookie: string) =>
        /^(path|domain|expires|max-age|samesite)$/i.test(cookie) ? all : `${lead}${cookie}=${redacted}`,
      );
    default:
      return value;
  }
}

/** `"password": "x"` at any depth, string or not (a JSON body cut by the cap included). */
const jsonSecret = new RegExp(`("(?:${secretNames})"\\s*:\\s*)(?:"(?:[^"\\\\]|\\\\.)*"?|[^,}\\]\\s]+)`, 'gi');
/** `password: "x"` as a literal argument in a GraphQL document. */
const graphqlLiteral = new RegExp(`\\b(${secretNames})(\\s*:\\s*)("""[\\s\\S]*?"""|"(?:[^"\\\\]|\\\\.)*")`, 'gi');
/** `<password>x</password>`, `<wsse:Password Type="…">x</wsse:Password>`, `<token>x</token>`. */
const xmlSecret = new RegExp(`<((?:[\\w.-]+:)?(?:${secretNames}))(\\s[^>]*)?>[\\s\\S]*?</\\1\\s*>`, 'gi');
/** The same element cut by the cap before its end tag. */
const xmlSecretCut = new RegExp(`<((?:[\\w.-]+:)?(?:${secretNames}))(\\s[^>]*)?>[^<]*$`, 'i');

export const redactGraphqlDocument = (document: string): string =>
  document.replace(graphqlLiteral, (_all, name: string, colon: string) => `${name}${colon}"${redacted}"`);

/** A JSON text: secret keys' values, and literals inside any GraphQL `query` string it carries. */
function redactJson(text: string): string {
  let out = text.replace(jsonSecret, `$1"${redacted}"`);
  if (!/"query"/.test(out)) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(out);
  } catch {
    // Cut by the cap: redactBody's pass over escaped literals covers the document.
    return out;
  }
  for (const operation of Array.isArray(parsed) ? parsed : [parsed]) {
    const query = (operation as { query?: unknown } | null)?.query;
    if (typeof query !== 'string') continue;
    // `password: $p` makes the variable `p` a secret, whatever its name.
    for (const [, name] of query.matchAll(secretVariable)) {
      out = out.replace(new RegExp(`("${name}"\\s*:\\s*)(?:"(?:[^"\\\\]|\\\\.)*"|[^,}\\]\\s]+)`, 'g'), `$1"${redacted}"`);
    }
    const clean = redactGraphqlDocument(query);
    if (clean === query) continue;
    const encoded = JSON.stringify(query);
    // In place when the client encoded the document as JSON.stringify does; re-encoded otherwise.
    out = out.includes(encoded) ? out.replace(encoded, () => JSON.stringify(clean)) : JSON.stringify(parsed, (key, value: unknown) => (key === 'query' && value === query ? clean : value));
  }
  return out;
}

const secretVariable = new RegExp(`\\b(?:${secretNames})\\s*:\\s*\\$([_A-Za-z]\\w*)`, 'gi');

/** Literals inside a JSON string that no longer parses (cut by the cap): `password: \"x\"`. */
const escapedLiteral = new RegExp(`\\b(${secretNames})(\\s*:\\s*)\\\\"(?:[^"\\\\]|\\\\\\\\|\\\\[^"])*\\\\"`, 'gi');
const redactEscapedLiterals = (text: string): string => text.replace(escapedLiteral, `$1$2\\"${redacted}\\"`);

/** A body as text, by its media type; most bodies hold no secret and are returned as they are. */
export function redactBody(body: string, contentType: string): string {
  if (!mayHoldSecret.test(body)) return body;
  if (/xml/i.test(contentType)) {
    return body
      .replace(xmlSecret, (_all, tag: string, attributes = '') => `<${tag}${attributes}>${redacted}</${tag}>`)
      .replace(xmlSecretCut, (_all, tag: string, attributes = '') => `<${tag}${attributes}>${redacted}`);
  }
  if (/graphql(?!-response)/i.test(contentType)) return redactGraphqlDocument(body);
  return redactEscapedLiterals(redactJson(body));
}

/**
 * A path with its query as the client sent it, with secrets in the query masked: `?password=`,
 * a GraphQL GET's `query` literals and `variables`.
 */
export function redactPathAndQuery(path: string): string {
  const mark = path.indexOf('?');
  if (mark === -1 || !mayHoldSecret.test(decodeURIComponentSafe(path.slice(mark)))) return path;
  const params = new URLSearchParams(path.slice(mark + 1));
  for (const [key, value] of [...params]) {
    if (secretName.test(key)) params.set(key, redacted);
    else if (key === 'query') params.set(key, redactGraphqlDocument(value));
    else if (key === 'variables' || key === 'extensions') params.set(key, redactJson(value));
  }
  return `${path.slice(0, mark)}?${params.toString()}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
