import type { SortKey } from '../../domain/queries.js';
import type { ProductListInput } from '../../services/list-inputs.js';
import { parseOptionalId } from './parse-id.js';
import type { InputMaybe, ProductFilter, SortDirection } from './generated/resolvers-types.js';

type WithoutNulls<T> = { [K in keyof T]?: Exclude<T[K], null> };

/**
 * GraphQL clients send `null` for a variable they did not set; the services treat a missing
 * field as "not given", so nulls are dropped rather than reported.
 */
export function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as WithoutNulls<T>;
}

/** The product filter with its ID parsed: the same meaning as REST's query parameters. */
export function productFilterOf(filter: InputMaybe<ProductFilter> | undefined): ProductListInput['filter'] {
  if (!filter) return {};
  const { categoryId, ...rest } = withoutNulls(filter);
  const category = parseOptionalId(categoryId, 'filter.categoryId');
  return { ...rest, ...(category === undefined ? {} : { categoryId: category }) };
}

/** Sort keys as the services take them; `undefined` lets the service apply its default. */
export const sortOf = <F extends string>(
  sort: InputMaybe<{ field: F; direction?: InputMaybe<SortDirection> }[]> | undefined,
): SortKey<F>[] | undefined => sort?.map(({ field, direction }) => ({ field, direction: direction ?? 'asc' }));
