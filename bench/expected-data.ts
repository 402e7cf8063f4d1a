import { benchProductId } from './workload-constants.js';
import type { SeededShop } from './seeded-shop.js';
import type { ExpectedData } from './workloads/workload-types.js';

/** What the seed says the answers are; every target serves this same data. */
export function expectedFromSeed(shop: SeededShop): ExpectedData {
  const { catalog } = shop.services;
  const product = catalog.getProduct(benchProductId);
  const categories = new Map(catalog.listCategories().map((category) => [category.id, category.name]));
  const products = catalog.listProducts({ limit: 100 }).items;
  return {
    product: { id: product.id, name: product.name, priceCents: product.priceCents },
    categoryNameByProductId: new Map(products.map((item) => [item.id, categories.get(item.categoryId) ?? ''])),
    categoryIdByProductId: new Map(products.map((item) => [item.id, item.categoryId])),
    categoryNameById: categories,
  };
}
