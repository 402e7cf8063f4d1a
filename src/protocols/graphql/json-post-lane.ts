import { processRegularResult, type GraphQLParams } from 'graphql-yoga';
import type { Logger } from '../../logger.js';
import type { ShopYoga } from './create-shop-yoga.js';
import { maskShopError } from './error-table.js';
import type { ShopContext } from './graphql-context.js';
import { badGetParams, decodeUtf8, requestError } from './request-checks.js';

/**
 * Accept headers that make yoga answer a query or mutation as plain JSON, and with which
 * media type (a wildcard or no header picks application/json in yoga too). Any other header
 * goes the full way, through yoga's own negotiation.
 */
const jsonMediaTypes = new Map<string | null, string>([
  [null, 'application/json'],
  ['*/*', 'application/json'],
  ['application/json', 'application/json'],
  ['application/graphql-response+json', 'application/graphql-response+json'],
]);

const paramNames = new Set(['query', 'variables', 'operationName', 'extensions']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptionalObject = (value: unknown) => value === undefined || value === null || isObject(value);

/**
 * The body as one operation yoga's parameter checks would pass, or undefined. A document that
 * mentions `subscription` anywhere is left to yoga, which may answer it as a stream.
 */
function plainParams(text: string): GraphQLParams | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(body) || Object.keys(body).some((key) => !paramNames.has(key))) return undefined;
  const { query, variables, operationName, extensions } = body;
  if (typeof query !== 'string' || query.includes('subscription')) return undefined;
  if (!isOptionalObject(variables) || !isOptionalObject(extensions)) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  return body as GraphQLParams;
}

function mediaTypeFor(request: Request): string | undefined {
  if (request.method !== 'POST' || request.headers.get('origin') !== null) return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (type.includes(',') || !(type === 'application/json' || type.startsWith('application/json;'))) return undefined;
  return jsonMediaTypes.get(request.headers.get('accept'));
}

/**
 * The common request, a JSON POST of one query or mutation, answered through yoga's own
 * parameter checks, plugins (armor, limits, masking, logging), caches and result builder,
 * without the parts that have nothing to do for it: the server adapter (abort signal,
 * context copy, CORS, GraphiQL and routing hooks) and the request parser and media-type
 * hooks. Those cost more CPU than running the query. Everything else — GET, batches,
 * cross-origin requests, other media types, bodies yoga would refuse — goes to yoga whole,
 * so every answer stays yoga's.
 */
export function createJsonPostLane(yoga: Pick<ShopYoga, 'fetch' | 'getResultForParams' | 'fetchAPI'>, logger: Logger) {
  // Looked up once: each lookup through yoga's adapter proxy makes a new bound function.
  const { getResultForParams, fetchAPI } = yoga;
  return async function answer(request: Request, context: ShopContext): Promise<Response> {
    if (request.method === 'GET') {
      const problem = badGetParams(request.url);
      return problem ? requestError(request, 400, 'BAD_REQUEST', problem) : yoga.fetch(request, context);
    }
    if (request.method !== 'POST' || !(request.headers.get('content-type') ?? '').includes('json')) return yoga.fetch(request, context);
    // A body that could not be read (the client left) is yoga's "invalid JSON" as well.
    const text = decodeUtf8(await request.arrayBuffer().catch(() => new ArrayBuffer(0)));
    if (text === undefined) return requestError(request, 400, 'BAD_REQUEST', 'The request body is not valid UTF-8.');
    const mediaType = mediaTypeFor(request);
    const params = mediaType === undefined ? undefined : plainParams(text);
    if (!params) return yoga.fetch(new Request(request.url, { method: 'POST', headers: request.headers, body: text }), context);
    let result: Awaited<ReturnType<ShopYoga['getResultForParams']>>;
    try {
      result = await getResultForParams({ params, request }, context);
    } catch (error) {
      // Execution errors are results; a throw here is a fault, masked as yoga would mask it.
      logger.error('unexpected graphql error', { requestId: context.requestId, error: String(error) });
      result = { errors: [maskShopError(error)] };
    }
    return processRegularResult(result as Parameters<typeof processRegularResult>[0], fetchAPI, mediaType as string);
  };
}
