import { GraphQLScalarType, Kind } from 'graphql';

const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function parseTimestamp(value: unknown): string {
  if (typeof value !== 'string' || !isoTimestamp.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError('DateTime must be an ISO 8601 UTC timestamp such as 2026-06-01T12:00:00.000Z.');
  }
  return value;
}

/** Timestamps travel as the ISO 8601 UTC strings the services already produce. */
export const dateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 timestamp in UTC, e.g. `2026-06-01T12:00:00.000Z`.',
  serialize: (value) => parseTimestamp(value),
  parseValue: (value) => parseTimestamp(value),
  parseLiteral: (ast) => parseTimestamp(ast.kind === Kind.STRING ? ast.value : undefined),
});
