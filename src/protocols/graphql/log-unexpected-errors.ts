import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../logger.js';
import { isUnexpectedError } from './error-table.js';
import type { ShopContext } from './graphql-context.js';

function logUnexpected(logger: Logger, context: Partial<ShopContext>, result: unknown): void {
  const errors = (result as ExecutionResult | undefined)?.errors ?? [];
  for (const error of errors) {
    if (!isUnexpectedError(error)) continue;
    const original = error.originalError ?? error;
    logger.error('unexpected graphql error', {
      requestId: context.requestId,
      path: error.path?.join('.'),
      error: String(original),
      stack: original.stack,
    });
  }
}

type Errors = readonly GraphQLError[];

/**
 * The error without `extensions.originalError` (yoga puts JSON.parse's message there). Yoga
 * also reads that field to answer invalid JSON with 400 rather than 200; dropping its `spec`
 * mark keeps the 400.
 */
function withoutOriginal(error: GraphQLError): GraphQLError {
  if (error.extensions?.['originalError'] === undefined) return error;
  const { originalError: _hidden, http, ...rest } = error.extensions;
  const extensions = http && typeof http === 'object' ? { ...rest, http: { ...http, spec: false } } : rest;
  // The same class as the original: graphql may be loaded twice (CJS and ESM).
  const SameGraphQLError = error.constructor as typeof GraphQLError;
  return new SameGraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions });
}

/**
 * For results made before any execution (the request could not be parsed): no library
 * message leaves in `extensions.originalError`, and a masked INTERNAL (whose original yoga
 * has already dropped) is still logged with the request id.
 */
function cleanRequestErrors(logger: Logger, requestId: string | undefined, result: unknown): unknown {
  if (typeof result !== 'object' || result === null || Array.isArray(result) || 'data' in result) return result;
  const errors = (result as { errors?: Errors }).errors;
  if (!errors?.length) return result;
  for (const error of errors) {
    if (error.extensions?.['code'] === 'INTERNAL') logger.error('unexpected graphql error before execution', { requestId, error: error.message });
  }
  return errors.some((error) => error.extensions?.['originalError'] !== undefined) ? { ...result, errors: errors.map(withoutOriginal) } : result;
}

/**
 * Logs what the masking will hide, with the request id, before yoga's maskedErrors replaces
 * it with the generic message (user plugins see results before the masking plugin does).
 */
export function useLogUnexpectedErrors(logger: Logger): Plugin<ShopContext> {
  // One hook object for every execution: the done hook is handed the arguments it needs.
  const afterExecution = { onExecuteDone: ({ args, result }: { args: { contextValue: Partial<ShopContext> }; result: unknown }) => logUnexpected(logger, args.contextValue, result) };
  return {
    onResultProcess: ({ result, setResult, serverContext }) => {
      const requestId = (serverContext as Partial<ShopContext> | undefined)?.requestId;
      const cleaned = Array.isArray(result) ? result.map((one) => cleanRequestErrors(logger, requestId, one)) : cleanRequestErrors(logger, requestId, result);
      if (cleaned !== result) setResult(cleaned as typeof result);
    },
    onExecute: () => afterExecution,
    onSubscribe: ({ args }) => ({
      onSubscribeResult: ({ result }) => logUnexpected(logger, args.contextValue, result),
      onSubscribeError: ({ error }) => logUnexpected(logger, args.contextValue, { errors: [error] }),
    }),
  };
}
