import type { z } from 'zod';
import { validationFailed } from '../domain/errors.js';

/** Parses with a zod schema, turning its issues into one VALIDATION_FAILED with field paths. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, pathPrefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const pathOf = (parts: readonly PropertyKey[]) => [pathPrefix, ...parts.map(String)].filter(Boolean).join('.') || '(root)';
  throw validationFailed(
    result.error.issues.flatMap((issue) =>
      // An unknown key is reported at its own path, so the learner sees which field to remove.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: 'Unknown field.' }))
        : [{ path: pathOf(issue.path), message: issue.message }],
    ),
  );
}
