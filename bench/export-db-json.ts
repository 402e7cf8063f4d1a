import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAdmin, type SeededShop } from './seeded-shop.js';

/** The seed as json-server's db.json: one array per resource, foreign keys as `<name>Id`. */
export function exportDbJson(shop: SeededShop) {
  const { catalog, customers, orders } = shop.services;
  const products = catalog.listProducts({ limit: 100 }).items;
  return {
    categories: catalog.listCategories(),
    products,
    reviews: products.flatMap((product) => catalog.listReviews(product.id, { limit: 100 }).items),
    customers: customers.listCustomers(benchAdmin, { limit: 100 }).items,
    orders: orders.listOrders(benchAdmin, { limit: 100 }).items,
  };
}

/** Writes db.json into `dir` (a temporary directory: json-server rewrites the file on every write). */
export function writeDbJson(shop: SeededShop, dir: string): string {
  const path = join(dir, 'db.json');
  writeFileSync(path, JSON.stringify(exportDbJson(shop), null, 2));
  return path;
}
