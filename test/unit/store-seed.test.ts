import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../src/store/migrations.js';
import { openDatabase } from '../../src/store/open-database.js';
import { seedDatabase, seedSizes } from '../../src/store/seed.js';
import { createTestShop } from '../support/shop.js';

const tablesOf = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);

/** Every row of every table, in rowid order: what "the same shop" means. */
const dump = (db: Database.Database): Record<string, unknown[]> =>
  Object.fromEntries(tablesOf(db).map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]));

const count = (db: Database.Database, sql: string): number => (db.prepare(sql).get() as { n: number }).n;

describe('seed', () => {
  it('is deterministic: two fresh databases hold identical rows in every table', () => {
    const [first, second] = [createTestShop().db, createTestShop().db];
    expect(tablesOf(first)).toEqual(['cart_items', 'categories', 'customers', 'order_items', 'orders', 'products', 'reviews', 'sessions']);
    expect(dump(first)).toEqual(dump(second));
  });

  it('has the seeded sizes: 6 categories, 50 products, 21 customers (1 admin)', () => {
    const { db } = createTestShop();
    expect(seedSizes).toEqual({ categories: 6, products: 50, customers: 21, reviews: 150, orders: 60 });
    expect(count(db, 'SELECT count(*) AS n FROM categories')).toBe(6);
    expect(count(db, 'SELECT count(*) AS n FROM products')).toBe(50);
    expect(count(db, 'SELECT count(*) AS n FROM customers')).toBe(21);
    expect(count(db, "SELECT count(*) AS n FROM customers WHERE role = 'admin'")).toBe(1);
    expect(count(db, 'SELECT count(*) AS n FROM reviews')).toBe(150);
    expect(count(db, 'SELECT count(*) AS n FROM orders')).toBe(60);
    expect(count(db, 'SELECT count(*) AS n FROM sessions')).toBe(0);
  });

  it('keeps the data consistent: order totals match their lines, every status occurs, some products are sold out', () => {
    const { db } = createTestShop();
    const wrongTotals = count(
      db,
      `SELECT count(*) AS n FROM orders o
       WHERE total_cents != (SELECT sum(quantity * unit_price_cents) FROM order_items WHERE order_id = o.id)`,
    );
    expect(wrongTotals).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM orders WHERE id NOT IN (SELECT order_id FROM order_items)')).toBe(0);
    expect(count(db, 'SELECT count(DISTINCT status) AS n FROM orders')).toBe(4);
    expect(count(db, 'SELECT count(*) AS n FROM products WHERE stock = 0')).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(DISTINCT email) AS n FROM customers')).toBe(21);
  });

  it('includes the demo accounts: Ada is customer 1, the admin is customer 21', () => {
    const { store } = createTestShop();
    expect(store.findCustomerByEmail('ada@example.com')).toMatchObject({ id: 1, role: 'customer' });
    expect(store.findCustomerByEmail('admin@example.com')).toMatchObject({ id: 21, role: 'admin' });
  });

  it('does nothing on an already seeded database', () => {
    const { db } = createTestShop();
    const before = dump(db);
    expect(seedDatabase(db)).toBe(false);
    expect(dump(db)).toEqual(before);
  });

  it('seeds an empty database once and reports it', () => {
    const db = openDatabase(':memory:');
    expect(seedDatabase(db)).toBe(true);
    expect(seedDatabase(db)).toBe(false);
    expect(count(db, 'SELECT count(*) AS n FROM products')).toBe(50);
    db.close();
  });
});

describe('migrations', () => {
  it('record the version reached in user_version', () => {
    const db = openDatabase(':memory:');
    expect(migrations.length).toBeGreaterThan(0);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('run each step once: migrating again changes nothing', () => {
    const { db } = createTestShop();
    const schema = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
    expect(migrate(db)).toBe(migrations.length);
    expect(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
    expect(count(db, 'SELECT count(*) AS n FROM products')).toBe(50);
  });
});
