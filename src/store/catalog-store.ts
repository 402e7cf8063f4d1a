import type { Preparer } from './lazy-statements.js';
import type { Page, Product, Review } from '../domain/entities.js';
import type { ProductQuery, ReviewQuery } from '../domain/queries.js';
import { asCategory, asReview, categoryColumns, idsParam, productColumns, productFromRaw, reviewColumns } from './rows.js';
import { createStatementCache, orderByClause } from './statement-cache.js';
import type { CatalogStore, NewProduct, NewReview, ProductPatch } from './store-types.js';

const productSortColumns: Record<string, string> = {
  id: 'id',
  name: 'name COLLATE NOCASE',
  priceCents: 'price_cents',
  stock: 'stock',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};
const reviewSortColumns: Record<string, string> = { id: 'id', rating: 'rating', createdAt: 'created_at' };
const patchColumns: Record<keyof ProductPatch, string> = {
  sku: 'sku',
  name: 'name',
  description: 'description',
  priceCents: 'price_cents',
  stock: 'stock',
  categoryId: 'category_id',
};

function productWhere(filter: ProductQuery['filter']): { sql: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.categoryId !== undefined) {
    clauses.push('category_id = @categoryId');
    params.categoryId = filter.categoryId;
  }
  if (filter.q !== undefined && filter.q !== '') {
    // LIKE wildcards in the user's text are escaped: "50%" means the characters, not a pattern.
    clauses.push("(name LIKE @q ESCAPE '\\' OR description LIKE @q ESCAPE '\\' OR sku LIKE @q ESCAPE '\\')");
    params.q = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (filter.minPriceCents !== undefined) {
    clauses.push('price_cents >= @minPriceCents');
    params.minPriceCents = filter.minPriceCents;
  }
  if (filter.maxPriceCents !== undefined) {
    clauses.push('price_cents <= @maxPriceCents');
    params.maxPriceCents = filter.maxPriceCents;
  }
  if (filter.inStock !== undefined) clauses.push(filter.inStock ? 'stock > 0' : 'stock = 0');
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function createCatalogStore(db: Preparer): CatalogStore {
  const cached = createStatementCache(db);
  const cachedRaw = createStatementCache(db, { raw: true });
  const listCategories = db.prepare(`SELECT ${categoryColumns} FROM categories ORDER BY id`);
  const categoryById = db.prepare(`SELECT ${categoryColumns} FROM categories WHERE id = ?`);
  const categoriesByIds = db.prepare(
    `SELECT ${categoryColumns} FROM categories WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  const productsByIds = db
    .prepare(`SELECT ${productColumns} FROM products WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .raw();
  const productBySku = db.prepare(`SELECT ${productColumns} FROM products WHERE sku = ?`).raw();
  const productById = db.prepare(`SELECT ${productColumns} FROM products WHERE id = ?`).raw();
  const productOrUndefined = (row: unknown) => (row === undefined ? undefined : productFromRaw(row));
  const insertProduct = db.prepare(
    `INSERT INTO products (sku, name, description, price_cents, currency, stock, category_id, created_at, updated_at)
     VALUES (@sku, @name, @description, @priceCents, 'EUR', @stock, @categoryId, @now, @now)`,
  );
  const deleteProduct = db.prepare('DELETE FROM products WHERE id = ?');
  const productOrdered = db.prepare('SELECT 1 FROM order_items WHERE product_id = ? LIMIT 1');
  const takeStock = db.prepare(
    "UPDATE products SET stock = stock - @quantity, updated_at = @now WHERE id = @productId AND stock >= @quantity",
  );
  const returnStock = db.prepare(
    "UPDATE products SET stock = stock + @quantity, updated_at = @now WHERE id = @productId",
  );
  const countReviews = db.prepare('SELECT count(*) AS n FROM reviews WHERE product_id = ?');
  const latestReviews = db.prepare(
    `SELECT ${reviewColumns} FROM (
       SELECT *, row_number() OVER (PARTITION BY product_id ORDER BY created_at DESC, id DESC) AS rank
       FROM reviews WHERE product_id IN (SELECT value FROM json_each(@ids))
     ) WHERE rank <= @perProduct ORDER BY product_id, rank`,
  );
  const hasReview = db.prepare('SELECT 1 FROM reviews WHERE product_id = ? AND customer_id = ?');
  const insertReview = db.prepare(
    `INSERT INTO reviews (product_id, customer_id, rating, title, body, created_at)
     VALUES (@productId, @customerId, @rating, @title, @body, @now)`,
  );
  const reviewById = db.prepare(`SELECT ${reviewColumns} FROM reviews WHERE id = ?`);

  return {
    listCategories: () => listCategories.all().map(asCategory),
    getCategoriesByIds(ids) {
      if (ids.length === 1) {
        const row = categoryById.get(ids[0]);
        return row === undefined ? [] : [asCategory(row)];
      }
      return categoriesByIds.all(idsParam(ids)).map(asCategory);
    },
    listProducts(query): Page<Product> {
      const where = productWhere(query.filter);
      const total = (cached(`SELECT count(*) AS n FROM products ${where.sql}`).get(where.params) as { n: number }).n;
      const items = cachedRaw(
        `SELECT ${productColumns} FROM products ${where.sql} ${orderByClause(query.sort, productSortColumns)} LIMIT @limit OFFSET @offset`,
      )
        .all({ ...where.params, limit: query.limit, offset: query.offset })
        .map(productFromRaw);
      return { items, total, limit: query.limit, offset: query.offset };
    },
    getProductsByIds(ids) {
      // One id (a product page, the cart) needs no JSON set to look it up.
      if (ids.length === 1) {
        const product = productOrUndefined(productById.get(ids[0]));
        return product ? [product] : [];
      }
      return productsByIds.all(idsParam(ids)).map(productFromRaw);
    },
    findProductBySku: (sku) => productOrUndefined(productBySku.get(sku)),
    insertProduct(input: NewProduct, now) {
      const { lastInsertRowid } = insertProduct.run({ ...input, now });
      return productFromRaw(productById.get(lastInsertRowid));
    },
    updateProduct(id, patch, now) {
      const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
      const sets = entries.map(([key]) => `${patchColumns[key as keyof ProductPatch]} = @${key}`);
      const sql = `UPDATE products SET ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`;
      const { changes } = cached(sql).run({ ...Object.fromEntries(entries), now, id });
      return changes ? productOrUndefined(productById.get(id)) : undefined;
    },
    deleteProduct: (id) => deleteProduct.run(id).changes > 0,
    isProductOrdered: (id) => productOrdered.get(id) !== undefined,
    takeStock: (productId, quantity, now) => takeStock.run({ productId, quantity, now }).changes > 0,
    returnStock: (productId, quantity, now) => void returnStock.run({ productId, quantity, now }),
    listReviews(productId, query: ReviewQuery): Page<Review> {
      const total = (countReviews.get(productId) as { n: number }).n;
      const items = cached(
        `SELECT ${reviewColumns} FROM reviews WHERE product_id = @productId ${orderByClause(query.sort, reviewSortColumns)} LIMIT @limit OFFSET @offset`,
      )
        .all({ productId, limit: query.limit, offset: query.offset })
        .map(asReview);
      return { items, total, limit: query.limit, offset: query.offset };
    },
    listLatestReviewsByProductIds: (ids, perProduct) =>
      latestReviews.all({ ids: idsParam(ids), perProduct }).map(asReview),
    hasReview: (productId, customerId) => hasReview.get(productId, customerId) !== undefined,
    insertReview(input: NewReview, now) {
      const { lastInsertRowid } = insertReview.run({ ...input, now });
      return asReview(reviewById.get(lastInsertRowid));
    },
  };
}
