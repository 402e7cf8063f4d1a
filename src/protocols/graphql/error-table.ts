import { GraphQLError } from 'graphql';
import type { ErrorCode, ShopError } from '../../domain/errors.js';
import { isShopError } from '../../domain/errors.js';

/**
 * The one table from the shop's error codes to GraphQL's `extensions.code`. GraphQL has no
 * status codes for field errors, so the code is the contract; the names stay the shop's own.
 */
export const graphqlErrorCodes: Record<ErrorCode, string> = {
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  OUT_OF_STOCK: 'OUT_OF_STOCK',
  RATE_LIMITED: 'RATE_LIMITED',
  // HTTP-level refusals; GraphQL-over-HTTP has its own (a GET mutation is refused by yoga).
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  NOT_ACCEPTABLE: 'NOT_ACCEPTABLE',
  INTERNAL: 'INTERNAL',
};

/** Refusals that happen before any resolver runs: the body cap, the query limits. */
export const payloadTooLargeCode = 'PAYLOAD_TOO_LARGE';
/** A query refused by the hostile-query limits (depth, aliases, tokens, directives, cost, size). */
export const queryTooComplexCode = 'QUERY_TOO_COMPLEX';

export const genericErrorMessage = 'Unexpected error. It has been logged; quote the request id when reporting it.';

export function shopErrorExtensions(error: ShopError): Record<string, unknown> {
  return {
    code: graphqlErrorCodes[error.code],
    ...(error.fields.length > 0 ? { fields: error.fields.map(({ path, message }) => ({ path, message })) } : {}),
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
  };
}

/**
 * By name, not `instanceof`: graphql ships CJS and ESM builds, and a bundler or test runner
 * may load both, each with its own GraphQLError class.
 */
const isGraphqlError = (error: unknown): error is GraphQLError => error instanceof Error && error.name === 'GraphQLError';

/** A GraphQLError made by graphql-js itself or by us on purpose (parse, validation, armor). */
const isOwnGraphqlError = (error: unknown): error is GraphQLError =>
  isGraphqlError(error) && (error.originalError === undefined || error.originalError === null || isOwnGraphqlError(error.originalError));

/**
 * Variables that do not fit the schema (an unknown input field, a string for an Int) are
 * refused by graphql-js before any resolver runs, without a code; they are bad input like
 * any other, so they get the shop's VALIDATION_FAILED.
 */
function withInputCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.['code'] !== undefined || !error.message.startsWith('Variable "$')) return error;
  // The same class as the original: graphql may be loaded twice (CJS and ESM).
  const SameGraphQLError = error.constructor as typeof GraphQLError;
  const { nodes, source, positions, path } = error;
  return new SameGraphQLError(error.message, {
    nodes, source, positions, path,
    extensions: { ...error.extensions, code: graphqlErrorCodes.VALIDATION_FAILED },
  });
}

/**
 * What a client sees of an error: a ShopError keeps its message and gains `extensions.code`;
 * GraphQL's own errors pass through; anything else becomes the generic message (the caller
 * logs the original). Usable as yoga's `maskError` and by other servers' error formatters.
 */
export function maskShopError(error: unknown, message = genericErrorMessage): GraphQLError {
  const original = isGraphqlError(error) ? (error.originalError ?? error) : error;
  const located = isGraphqlError(error) ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};
  if (isShopError(original)) return new GraphQLError(original.message, { ...located, extensions: shopErrorExtensions(original) });
  if (isOwnGraphqlError(error)) return withInputCode(error);
  return new GraphQLError(message, { ...located, extensions: { code: graphqlErrorCodes.INTERNAL } });
}

/** Whether `maskShopError` hides this error: those are the ones to log. */
export const isUnexpectedError = (error: unknown): boolean => {
  const original = isGraphqlError(error) ? (error.originalError ?? error) : error;
  return !isShopError(original) && !isOwnGraphqlError(error);
};
