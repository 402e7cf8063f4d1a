import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Protocol } from './exchange.js';

/** The protocol a shop-relative path belongs to, or undefined for pages (/docs, /health, /inspect). */
export function protocolOf(path: string): Protocol | undefined {
  if (path === '/graphql') return 'graphql';
  if (path === '/soap') return 'soap';
  if (path === '/rest' || path.startsWith('/rest/')) return 'rest';
  return undefined;
}

/** "GET /rest/products/{id}": the route that answered, in the OpenAPI document's spelling. */
export function restOperation(c: Context): string {
  const routes = matchedRoutes(c);
  // Middleware is registered for every method ('ALL'); the last route with a method is the handler.
  for (let index = routes.length - 1; index >= 0; index -= 1) {
    const route = routes[index];
    if (route && route.method !== 'ALL' && !route.path.includes('*')) {
      return `${c.req.method} ${route.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`;
    }
  }
  return `${c.req.method} ${c.req.path}`;
}

interface OperationHead {
  type: string;
  name: string | undefined;
}

/** The operation definitions at the top level of a GraphQL document (strings and comments skipped). */
export function graphqlOperations(document: string): OperationHead[] {
  const found: OperationHead[] = [];
  const word = /[_A-Za-z][_0-9A-Za-z]*/y;
  let depth = 0;
  let pending: OperationHead | 'fragment' | undefined;
  for (let i = 0; i < document.length; i += 1) {
    const char = document[i];
    if (char === '#') {
      while (i < document.length && document[i] !== '\n') i += 1;
    } else if (char === '"') {
      const block = document.startsWith('"""', i);
      i += block ? 3 : 1;
      while (i < document.length && !(block ? document.startsWith('"""', i) : document[i] === '"')) i += document[i] === '\\' ? 2 : 1;
      if (block) i += 2;
    } else if (char === '{') {
      if (depth === 0 && pending === undefined) found.push({ type: 'query', name: undefined });
      if (depth === 0) pending = undefined;
      depth += 1;
    } else if (char === '}') {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && char !== undefined && /[_A-Za-z]/.test(char)) {
      word.lastIndex = i;
      const token = word.exec(document)?.[0] ?? char;
      if (token === 'query' || token === 'mutation' || token === 'subscription') {
        pending = { type: token, name: undefined };
        found.push(pending);
      } else if (token === 'fragment') {
        pending = 'fragment';
      } else if (typeof pending === 'object' && pending.name === undefined) {
        pending.name = token;
      }
      i += token.length - 1;
    } else if (depth === 0 && (char === '(' || char === '@') && typeof pending === 'object') {
      // Variables and directives come after the name: anything named later is not the operation's name.
      pending.name ??= '';
    }
  }
  return found;
}

/** "query ProductPage", "mutation login", "query" for an anonymous one. */
export function graphqlOperation(document: string, operationName?: string | null): string {
  const operations = graphqlOperations(document);
  const chosen = (operationName ? operations.find((operation) => operation.name === operationName) : undefined) ?? operations[0];
  if (!chosen) return 'query';
  return chosen.name ? `${chosen.type} ${chosen.name}` : chosen.type;
}

/** The operation of a GraphQL request: from the JSON body (one or a batch), a GraphQL body or a GET's query. */
export function graphqlRequestOperation(body: string, contentType: string, search: URLSearchParams | undefined): string {
  if (search?.has('query')) return graphqlOperation(search.get('query') ?? '', search.get('operationName'));
  if (/application\/graphql(?!-)/i.test(contentType)) return graphqlOperation(body);
  try {
    const parsed: unknown = JSON.parse(body);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    const names = list.map((item: { query?: unknown; operationName?: unknown } | null) =>
      typeof item?.query === 'string' ? graphqlOperation(item.query, typeof item.operationName === 'string' ? item.operationName : undefined) : 'query',
    );
    return names.join(', ') || 'query';
  } catch {
    return body === '' ? 'GraphiQL' : 'query';
  }
}

const soapBodyChild = /<(?:[\w.-]+:)?Body\b[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?([\w.-]+)/;

/** The SOAP operation: the Body's first element (GetProduct), or what a GET asked for. */
export function soapOperation(method: string, body: string, search: string): string {
  if (method !== 'POST') return search.toLowerCase() === '?wsdl' ? 'WSDL' : `${method} /soap`;
  return soapBodyChild.exec(body)?.[1] ?? 'POST /soap';
}
