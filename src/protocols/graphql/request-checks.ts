/**
 * Checks yoga would otherwise get wrong: `variables` that are not JSON (a GET parameter) came
 * out as a masked 500 INTERNAL, and a body that is not UTF-8 was decoded into U+FFFD and
 * stored. Both are the client's mistake: 400 BAD_REQUEST with a plain message.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, or undefined when its bytes are not UTF-8. */
export function decodeUtf8(bytes: ArrayBuffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

const isObjectOrNull = (value: unknown): boolean => value === null || (typeof value === 'object' && !Array.isArray(value));

/** For a GET: a message naming the `variables` or `extensions` parameter that is not a JSON object. */
export function badGetParams(url: string): string | undefined {
  const query = url.indexOf('?');
  if (query === -1 || (!url.includes('variables=', query) && !url.includes('extensions=', query))) return undefined;
  const params = new URLSearchParams(url.slice(query + 1));
  for (const name of ['variables', 'extensions']) {
    const raw = params.get(name);
    if (raw === null || raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return `The "${name}" parameter is not valid JSON; send a JSON object (URL-encoded).`;
    }
    if (!isObjectOrNull(value)) return `The "${name}" parameter must be a JSON object.`;
  }
  return undefined;
}

/** A request refused before GraphQL runs, in the GraphQL-over-HTTP shape the client asked for. */
export function requestError(request: Request, status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  const graphqlResponse = (request.headers.get('accept') ?? '').includes('application/graphql-response+json');
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': `${graphqlResponse ? 'application/graphql-response+json' : 'application/json'}; charset=utf-8`, ...headers },
  });
}
