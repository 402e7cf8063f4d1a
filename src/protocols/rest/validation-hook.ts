import type { Hook } from '@hono/zod-openapi';
import { fieldErrorsOf } from '../../services/validate.js';
import { problemResponse } from './problem.js';
import type { RestEnv } from './rest-env.js';

const whereOf = { json: 'body', query: 'query string', param: 'path', header: 'headers', cookie: 'cookies', form: 'form' } as const;

/**
 * OpenAPIHono's defaultHook: a request that fails its route's zod contract becomes a
 * problem+json 422 naming each field, instead of the library's undeclared 400 shape.
 */
export const validationHook: Hook<unknown, RestEnv, string, Response | undefined> = (result, c) => {
  if (result.success) return undefined;
  const errors = fieldErrorsOf(result.error);
  const where = whereOf[result.target as keyof typeof whereOf] ?? result.target;
  const first = errors[0];
  const detail =
    errors.length === 1 && first ? `Invalid ${where}: ${first.path}: ${first.message}` : `Invalid ${where} (${errors.length} problems).`;
  return problemResponse(c, { status: 422, code: 'VALIDATION_FAILED', detail, errors });
};
