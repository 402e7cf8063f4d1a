import { validationFailed } from '../../domain/errors.js';
import { parseSortList, type SortKey } from '../../domain/queries.js';

/** `sort=priceCents,-createdAt` → sort keys; an unknown field is a 422 naming it. */
export function parseSortParam<F extends string>(text: string | undefined, allowed: readonly F[]): SortKey<F>[] | undefined {
  if (text === undefined) return undefined;
  const { keys, unknown } = parseSortList(text, allowed);
  if (unknown.length > 0) {
    throw validationFailed([
      { path: 'sort', message: `Unknown sort field${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}; use ${allowed.join(', ')}.` },
    ]);
  }
  return keys;
}

