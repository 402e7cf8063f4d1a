import type Database from 'better-sqlite3';

/**
 * The database as the store sees it, with `prepare` deferred to a statement's first use.
 * Each compiled statement holds a few kB inside SQLite; a sandbox that is created and then
 * only browsed should not pay for the ~40 statements of checkout, sessions and admin writes.
 * The first call compiles; later calls go straight to the compiled statement.
 */
export type Preparer = Pick<Database.Database, 'prepare'>;

export function withLazyStatements(db: Database.Database): Preparer {
  const prepare = (sql: string): Database.Statement => {
    let compiled: Database.Statement | undefined;
    let raw = false;
    const statement = (): Database.Statement => (compiled ??= raw ? db.prepare(sql).raw() : db.prepare(sql));
    const lazy = {
      get: (...params: unknown[]) => statement().get(...params),
      all: (...params: unknown[]) => statement().all(...params),
      run: (...params: unknown[]) => statement().run(...params),
      iterate: (...params: unknown[]) => statement().iterate(...params),
      raw(toggle = true) {
        raw = toggle;
        compiled = undefined;
        return lazy;
      },
    };
    return lazy as unknown as Database.Statement;
  };
  return { prepare: prepare as Preparer['prepare'] };
}
