import { z } from 'zod';
import { isShopError, ShopError, validationFailed, type FieldError } from '../domain/errors.js';

/**
 * zod's default texts ("Too small: expected number to be >=0") read like a stack trace; these
 * read like a form. Set as zod's global error map (a schema's own message still wins), so REST's
 * parameter and body checks, the services and SOAP's element checks all say the same words.
 */
function messageOf(issue: z.core.$ZodRawIssue): string | undefined {
  const size = (limit: number | bigint, unit: string) => `${limit} ${unit}${Number(limit) === 1 ? '' : 's'}`;
  const counted = (origin: string | undefined) => (origin === 'string' ? 'character' : origin === 'array' ? 'item' : undefined);
  switch (issue.code) {
    case 'too_small': {
      const unit = counted(issue.origin);
      if (unit) return Number(issue.minimum) === 1 && unit === 'character' ? 'Must not be empty.' : `Must have at least ${size(issue.minimum, unit)}.`;
      return issue.inclusive === false ? `Must be greater than ${issue.minimum}.` : `Must be at least ${issue.minimum}.`;
    }
    case 'too_big': {
      const unit = counted(issue.origin);
      if (unit) return `Must have at most ${size(issue.maximum, unit)}.`;
      return issue.inclusive === false ? `Must be less than ${issue.maximum}.` : `Must be at most ${issue.maximum}.`;
    }
    case 'invalid_type':
      if (issue.input === undefined) return 'Required.';
      return issue.expected === 'int' ? 'Must be a whole number.' : `Must be ${article(issue.expected)}.`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Must be an email address.' : `Must match the pattern ${issue.format === 'regex' ? String(issue.pattern) : issue.format}.`;
    case 'invalid_value':
      return `Must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'unrecognized_keys':
      return 'Unknown field.';
    default:
      return undefined;
  }
}

const article = (type: string): string => (type === 'int' || type === 'number' ? 'a number' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

z.config({ customError: messageOf });

/** zod issues as the shared `{path, message}` list; an unknown key is reported at its own path. */
export function fieldErrorsOf(error: z.ZodError, pathPrefix = ''): FieldError[] {
  const pathOf = (parts: readonly PropertyKey[]) => [pathPrefix, ...parts.map(String)].filter(Boolean).join('.') || '(root)';
  return error.issues.flatMap((issue) =>
    // An unknown key is reported at its own path, so the learner sees which field to remove.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: 'Unknown field.' }))
      : [{ path: pathOf(issue.path), message: issue.message }],
  );
}

/** Parses with a zod schema, turning its issues into one VALIDATION_FAILED with field paths. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, pathPrefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(fieldErrorsOf(result.error, pathPrefix));
}

/** How an adapter names a service's field path in its own protocol (undefined: keep it). */
export type FieldRenames = Readonly<Record<string, string>> | ((path: string) => string | undefined);

/**
 * Runs `work`; a failure naming fields by the services' paths (`filter.minPriceCents`, `limit`)
 * is rethrown naming them as the caller sent them (REST's `minPriceCents`, GraphQL's `first`,
 * SOAP's `<minPriceCents>`). The one renamer every adapter uses.
 */
export function withFieldNames<T>(renames: FieldRenames, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!isShopError(error) || error.fields.length === 0) throw error;
    const rename = (path: string): string => {
      const renamed = typeof renames === 'function' ? renames(path) : renames[path];
      return renamed ?? path;
    };
    const fields = error.fields.map((field) => ({ ...field, path: rename(field.path) }));
    const message = error.code === 'VALIDATION_FAILED' ? validationFailed(fields).message : error.message;
    throw new ShopError(error.code, message, {
      fields,
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    });
  }
}

/** Drops a leading `filter.`: list filters are top-level query parameters (REST) and elements (SOAP). */
export const withoutFilterPrefix = (path: string): string | undefined => (path.startsWith('filter.') ? path.slice('filter.'.length) : undefined);
