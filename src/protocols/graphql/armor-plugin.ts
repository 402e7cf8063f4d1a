import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { queryTooComplexCode } from './error-table.js';
import { useListSizeLimit } from './list-size-plugin.js';

/**
 * Limits on what one query may ask for; each is refused before any resolver runs: at parse or
 * validation, or (the object count, which needs the variables' page sizes) just before execution.
 */
export const queryLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  /** Armor's estimate multiplies by literal `first` values: 50 products with 5 reviews each is about 7,000. */
  maxCost: 20_000,
  /** Objects one operation could return, with `first` taken from its literals, variables or defaults. */
  maxObjects: 10_000,
} as const;

/**
 * Armor throws its refusals out of the validation pass by default, which yoga answers with
 * status 200 and no code. Reported as validation errors instead, they get the 400 of a
 * request error and a code a client can test.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      // Built with armor's own GraphQLError class: graphql may be loaded twice (CJS and ESM).
      const GraphqlError = error.constructor as typeof GraphQLError;
      const refusal = new GraphqlError(error.message.replace(/^Syntax Error: /, 'Query refused: '), {
        extensions: { code: queryTooComplexCode },
      });
      if (context) context.reportError(refusal);
      else throw refusal;
    },
  ],
};

export function createArmorPlugins(): Plugin[] {
  return [
    EnvelopArmorPlugin({
      maxDepth: { n: queryLimits.maxDepth, ...reportAsValidationError },
      maxAliases: { n: queryLimits.maxAliases, ...reportAsValidationError },
      maxTokens: { n: queryLimits.maxTokens, ...reportAsValidationError },
      maxDirectives: { n: queryLimits.maxDirectives, ...reportAsValidationError },
      costLimit: { maxCost: queryLimits.maxCost, ...reportAsValidationError },
      // "Did you mean …?" would map the schema for an attacker even with introspection off.
      blockFieldSuggestion: { enabled: true },
    }),
    useListSizeLimit(queryLimits.maxObjects),
  ];
}
