import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProductSortField } from '../../src/domain/queries.js';
import { openDatabase } from '../../src/store/open-database.js';
import { admin, createTestShop } from '../support/shop.js';
import { shopErrorOf } from '../support/shop-error.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A database file in its own temporary folder, removed after the test. */
function openTempDatabase() {
  const folder = mkdtempSync(join(tmpdir(), 'shop-unit-'));
  const db = openDatabase(join(folder, 'nested', 'shop.db'));
  cleanups.push(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });
  return db;
}

describe('openDatabase', () => {
  it('uses WAL, synchronous=FULL and foreign keys on a file (creating its folder)', () => {
    const db = openTempDatabase();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('enforces foreign keys on :memory: too', () => {
    const { db } = createTestShop();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

describe('constraints the database itself enforces', () => {
  it('refuses rows that point at nothing', () => {
    const { db, store } = createTestShop();
    expect(() =>
      db.prepare("INSERT INTO reviews (product_id, customer_id, rating, title, body, created_at) VALUES (9999, 1, 5, 't', 'b', 'now')").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => store.insertOrder(9999, [{ productId: 1, quantity: 1, unitPriceCents: 1 }], 'now')).toThrow(/FOREIGN KEY/);
    expect(() => store.setCartItem(1, 9999, 1)).toThrow(/FOREIGN KEY/);
  });

  it('refuses negative stock, a rating of 6 and an unknown order status', () => {
    const { db } = createTestShop();
    expect(() => db.prepare('UPDATE products SET stock = -1 WHERE id = 1').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE reviews SET rating = 6 WHERE id = 1').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE orders SET status = 'lost' WHERE id = 1").run()).toThrow(/CHECK/);
  });

  it('keeps emails unique whatever their case', () => {
    const { store } = createTestShop();
    expect(() => store.insertCustomer({ email: 'ADA@EXAMPLE.COM', name: 'x', role: 'customer', passwordHash: 'x' }, 'now')).toThrow(
      /UNIQUE/,
    );
  });

  it('takes stock only if there is enough, all or nothing per call', () => {
    const { store } = createTestShop();
    const stock = store.getProductsByIds([1])[0]?.stock ?? 0;
    expect(store.takeStock(1, stock + 1, 'now')).toBe(false);
    expect(store.takeStock(1, stock, 'now')).toBe(true);
    expect(store.getProductsByIds([1])[0]?.stock).toBe(0);
    expect(store.takeStock(1, 1, 'now')).toBe(false);
  });

  it('rolls a failed transaction back completely', () => {
    const { store } = createTestShop();
    const stock = store.getProductsByIds([2])[0]?.stock;
    expect(() =>
      store.transaction(() => {
        store.takeStock(2, 1, 'now');
        throw new Error('abort');
      }),
    ).toThrow('abort');
    expect(store.getProductsByIds([2])[0]?.stock).toBe(stock);
  });
});

describe('SQL injection is harmless', () => {
  const attacks = ["' OR 1=1 --", "x'); DROP TABLE products; --", '" OR ""="', '%\' UNION SELECT password_hash FROM customers --'];

  it.each(attacks)('q = %s matches nothing and changes nothing', (q) => {
    const { services, db } = createTestShop();
    expect(services.catalog.listProducts({ filter: { q } }).total).toBe(0);
    expect((db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n).toBe(50);
  });

  it('refuses sort fields outside the whitelist in the service', () => {
    const { services } = createTestShop();
    const field = 'price_cents; DROP TABLE products' as ProductSortField;
    expect(shopErrorOf(() => services.catalog.listProducts({ sort: [{ field, direction: 'asc' }] })).code).toBe('VALIDATION_FAILED');
  });

  it('never puts an unknown sort field or direction into SQL in the store either', () => {
    const { store, services } = createTestShop();
    const field = '(SELECT password_hash FROM customers)' as ProductSortField;
    const page = store.listProducts({
      filter: {},
      sort: [{ field, direction: 'DESC; DROP TABLE products' as 'desc' }],
      limit: 5,
      offset: 0,
    });
    expect(page.items.map((p) => p.id)).toEqual([1, 2, 3, 4, 5]);
    expect(services.catalog.listProducts().total).toBe(50);
  });

  it('stores hostile text verbatim', () => {
    const { services } = createTestShop();
    const name = "Robert'); DROP TABLE products; --";
    const product = services.catalog.createProduct(admin, { sku: 'BOBBY-1', name, priceCents: 1, stock: 1, categoryId: 1 });
    expect(services.catalog.getProduct(product.id).name).toBe(name);
    expect(services.catalog.listProducts({ filter: { q: "'); DROP" } }).items.map((p) => p.id)).toEqual([product.id]);
  });
});
