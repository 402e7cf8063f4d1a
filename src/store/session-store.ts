import type { Preparer } from './lazy-statements.js';
import type { SessionRecord, SessionStore } from './store-types.js';

export function createSessionStore(db: Preparer): SessionStore {
  const insert = db.prepare(
    'INSERT INTO sessions (id, customer_id, created_at, last_seen_at) VALUES (@id, @customerId, @createdAt, @lastSeenAt)',
  );
  const get = db.prepare(
    'SELECT id, customer_id AS customerId, created_at AS createdAt, last_seen_at AS lastSeenAt FROM sessions WHERE id = ?',
  );
  const touch = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?');
  const expire = db.prepare('DELETE FROM sessions WHERE created_at < ? OR last_seen_at < ?');

  return {
    insertSession: (session) => void insert.run(session),
    getSession: (id) => get.get(id) as SessionRecord | undefined,
    touchSession: (id, lastSeenAt) => void touch.run(lastSeenAt, id),
    deleteSession: (id) => void remove.run(id),
    deleteSessionsBefore: (createdBefore, lastSeenBefore) => expire.run(createdBefore, lastSeenBefore).changes,
  };
}
