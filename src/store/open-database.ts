import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

export interface OpenDatabaseOptions {
  /** Called with the SQL of every statement run: tests count queries with it (N+1 checks). */
  onQuery?: (sql: string) => void;
}

/**
 * Opens (creating if needed) and migrates a shop database: a file, `:memory:` for tests, or
 * database bytes (a serialized shop) to be copied into memory.
 */
export function openDatabase(path: string | Buffer, options: OpenDatabaseOptions = {}): Database.Database {
  if (typeof path === 'string' && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const { onQuery } = options;
  const db = new Database(path, onQuery ? { verbose: (sql) => onQuery(String(sql)) } : {});
  // WAL lets readers run beside the one writer; FULL makes a committed order survive a crash.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
