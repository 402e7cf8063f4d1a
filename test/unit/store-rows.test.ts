import { describe, expect, it } from 'vitest';
import { productColumns, productFromRaw } from '../../src/store/rows.js';
import { createTestShop } from '../support/shop.js';

describe('products read as arrays', () => {
  it('are built with the values and key order better-sqlite3 gives object rows', () => {
    const { db } = createTestShop();
    const sql = `SELECT ${productColumns} FROM products ORDER BY id`;
    const objects = db.prepare(sql).all();
    const fromArrays = db.prepare(sql).raw().all().map(productFromRaw);
    expect(fromArrays).toHaveLength(50);
    // JSON keeps key order, which toEqual ignores: the answers of every protocol depend on it.
    expect(JSON.stringify(fromArrays)).toBe(JSON.stringify(objects));
  });
});
