import type { Preparer } from './lazy-statements.js';
import { asCustomer, asCustomerRecord, customerColumns, idsParam } from './rows.js';
import type { CustomerStore } from './store-types.js';

export function createCustomerStore(db: Preparer): CustomerStore {
  const count = db.prepare('SELECT count(*) AS n FROM customers');
  const page = db.prepare(`SELECT ${customerColumns} FROM customers ORDER BY id LIMIT ? OFFSET ?`);
  const byIds = db.prepare(
    `SELECT ${customerColumns} FROM customers WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  const byEmail = db.prepare(
    `SELECT ${customerColumns}, password_hash AS passwordHash FROM customers WHERE email = ? COLLATE NOCASE`,
  );
  const insert = db.prepare(
    `INSERT INTO customers (email, name, role, password_hash, created_at)
     VALUES (@email, @name, @role, @passwordHash, @now)`,
  );
  const byId = db.prepare(`SELECT ${customerColumns} FROM customers WHERE id = ?`);

  return {
    listCustomers: ({ limit, offset }) => ({
      items: page.all(limit, offset).map(asCustomer),
      total: (count.get() as { n: number }).n,
      limit,
      offset,
    }),
    getCustomersByIds(ids) {
      // One id (every authenticated request) needs no JSON set to look it up.
      if (ids.length === 1) {
        const row = byId.get(ids[0]);
        return row === undefined ? [] : [asCustomer(row)];
      }
      return byIds.all(idsParam(ids)).map(asCustomer);
    },
    findCustomerByEmail(email) {
      const row = byEmail.get(email);
      return row === undefined ? undefined : asCustomerRecord(row);
    },
    insertCustomer(input, now) {
      const { lastInsertRowid } = insert.run({ ...input, now });
      return asCustomer(byId.get(lastInsertRowid));
    },
  };
}
