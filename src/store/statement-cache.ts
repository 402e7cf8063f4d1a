import type Database from 'better-sqlite3';
import type { Preparer } from './lazy-statements.js';

/**
 * Prepares each distinct SQL text once. List queries vary by which filters are present, so
 * their text is built per call, but there are few shapes: each is compiled on first use only.
 * `raw`: statements return rows as arrays (for the mappers in rows.ts).
 */
export function createStatementCache(db: Preparer, options: { raw?: boolean } = {}): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = options.raw ? db.prepare(sql).raw() : db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** `ORDER BY` from whitelisted sort keys; `id` last so paging is stable. */
export function orderByClause(
  keys: readonly { field: string; direction: 'asc' | 'desc' }[],
  columns: Record<string, string>,
): string {
  const parts = keys.map((key) => `${columns[key.field] ?? 'id'} ${key.direction === 'desc' ? 'DESC' : 'ASC'}`);
  if (!keys.some((key) => key.field === 'id')) parts.push('id ASC');
  return `ORDER BY ${parts.join(', ')}`;
}
