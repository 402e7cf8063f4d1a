import createClient from 'openapi-fetch';
import type { components, paths } from './generated/schema.js';
import type { ErrorAnswer } from '../../scripts/compare/scenario-types.js';

/** The REST client: openapi-fetch over the types openapi-typescript generated from schemas/openapi.json. */
export function createRestClient(baseUrl: string, token?: string) {
  return createClient<paths>({ baseUrl, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

export type RestClient = ReturnType<typeof createRestClient>;
export type Problem = components['schemas']['Problem'];

/** A problem+json answer where the scenario needed data. */
export class RestProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.detail}`);
  }
}

/** openapi-fetch's `{ data } | { error }`, as the data or a thrown RestProblemError. */
export function unwrap<T>(result: { data?: T; error?: Problem }): T {
  if (result.error) throw new RestProblemError(result.error);
  if (result.data === undefined) throw new Error('The response had no body.');
  return result.data;
}

/**
 * `fields=` makes every product field optional in the contract, so the type cannot promise
 * that `name` is there: check the ones the scenario needs once, and the type says so.
 */
export function required<T extends object, K extends keyof T>(value: T, ...keys: K[]): T & { [P in K]-?: NonNullable<T[P]> } {
  const missing = keys.filter((key) => value[key] === undefined || value[key] === null);
  if (missing.length > 0) throw new Error(`The response lacks ${missing.join(', ')}.`);
  return value as T & { [P in K]-?: NonNullable<T[P]> };
}

/** A problem+json body, reduced to the shared error vocabulary. */
export function problemAnswer(problem: Problem): ErrorAnswer {
  return { error: { code: problem.code, fields: problem.errors.map((field) => field.path) } };
}
