import type { Page } from '../../domain/entities.js';
import { ShopError } from '../../domain/errors.js';
import { withFieldNames } from '../../services/validate.js';
import type { ConnectionModel } from './graphql-models.js';

/**
 * Relay connections over the services' offset paging. A cursor is the base64 of an item's
 * position in the list: opaque to clients, and stable for a given filter and sort.
 */
const prefix = 'offset:';

export const encodeCursor = (offset: number): string => Buffer.from(`${prefix}${offset}`).toString('base64');

export function decodeCursor(cursor: string, path = 'after'): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = text.startsWith(prefix) && /^\d{1,7}$/.test(text.slice(prefix.length)) ? Number(text.slice(prefix.length)) : NaN;
  if (!Number.isInteger(offset) || encodeCursor(offset) !== cursor) {
    const message = 'Not a cursor this API issued; use a pageInfo.endCursor or edges.cursor value.';
    throw new ShopError('VALIDATION_FAILED', `Invalid input: ${path}: ${message}`, { fields: [{ path, message }] });
  }
  return offset;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** `first`/`after` as the services' `limit`/`offset`; bounds are checked by the services. */
export function toPageRequest(args: PageArgs): { limit?: number; offset?: number } {
  return {
    ...(args.first === null || args.first === undefined ? {} : { limit: args.first }),
    ...(args.after === null || args.after === undefined ? {} : { offset: decodeCursor(args.after) + 1 }),
  };
}

/** The services speak of `limit`/`offset`; a GraphQL client sent `first`/`after`. */
const argumentNames = { limit: 'first', offset: 'after' };

export const renamePagingFields = <T>(work: () => T): T => withFieldNames(argumentNames, work);

export const fromPage = <T>(page: Page<T>): ConnectionModel<T> => ({
  items: page.items,
  offset: page.offset,
  hasNextPage: page.offset + page.items.length < page.total,
  totalCount: () => page.total,
});

/** The four fields every connection type shares, whatever its node type. */
export const connectionFields = {
  edges: <T>(connection: ConnectionModel<T>) =>
    connection.items.map((node, index) => ({ cursor: encodeCursor(connection.offset + index), node })),
  nodes: <T>(connection: ConnectionModel<T>) => connection.items,
  totalCount: <T>(connection: ConnectionModel<T>) => connection.totalCount(),
  pageInfo: <T>({ items, offset, hasNextPage }: ConnectionModel<T>) => ({
    hasNextPage,
    hasPreviousPage: offset > 0,
    startCursor: items.length > 0 ? encodeCursor(offset) : null,
    endCursor: items.length > 0 ? encodeCursor(offset + items.length - 1) : null,
  }),
};
