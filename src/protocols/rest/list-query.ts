import { isShopError, ShopError, validationFailed } from '../../domain/errors.js';
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


/**
 * Runs a list query, reporting the services' `filter.x` paths as the query parameter `x`
 * the REST caller actually sent.
 */
export function asQueryParameters<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isShopError(error) || error.fields.length === 0) throw error;
    throw new ShopError(error.code, error.message.replaceAll('filter.', ''), {
      fields: error.fields.map((field) => ({ ...field, path: field.path.replace(/^filter\./, '') })),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    });
  }
}
