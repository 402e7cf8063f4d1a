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
    let raw = false;
    const lazy = {
      get: (...params: unknown[]) => compile().get(...params),
      all: (...params: unknown[]) => compile().all(...params),
      run: (...params: unknown[]) => compile().run(...params),
      iterate: (...params: unknown[]) => compile().iterate(...params),
      raw(toggle = true) {
        raw = toggle;
        return lazy;
      },
    };
    // Compiled on the first call, which then puts the statement's own methods in place: later
    // calls go straight to better-sqlite3, with no wrapper or argument spreading in between.
    function compile(): Database.Statement {
      const statement = raw ? db.prepare(sql).raw() : db.prepare(sql);
      lazy.get = statement.get.bind(statement);
      lazy.all = statement.all.bind(statement);
      lazy.run = statement.run.bind(statement);
      lazy.iterate = statement.iterate.bind(statement);
      return statement;
    }
    return lazy as unknown as Database.Statement;
  };
  return { prepare: prepare as Preparer['prepare'] };
}
