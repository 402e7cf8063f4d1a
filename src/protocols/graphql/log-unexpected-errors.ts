import type { ExecutionResult } from 'graphql';
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

/**
 * Logs what the masking will hide, with the request id, before yoga's maskedErrors replaces
 * it with the generic message (user plugins see results before the masking plugin does).
 */
export function useLogUnexpectedErrors(logger: Logger): Plugin<ShopContext> {
  // One hook object for every execution: the done hook is handed the arguments it needs.
  const afterExecution = { onExecuteDone: ({ args, result }: { args: { contextValue: Partial<ShopContext> }; result: unknown }) => logUnexpected(logger, args.contextValue, result) };
  return {
    onExecute: () => afterExecution,
    onSubscribe: ({ args }) => ({
      onSubscribeResult: ({ result }) => logUnexpected(logger, args.contextValue, result),
      onSubscribeError: ({ error }) => logUnexpected(logger, args.contextValue, { errors: [error] }),
    }),
  };
}
