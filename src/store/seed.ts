import type Database from 'better-sqlite3';
import type { OrderItem, OrderStatus } from '../domain/entities.js';
import { createStore } from './create-store.js';
import { demoAccounts } from '../domain/demo-accounts.js';
import {
  demoPasswordHashes,
  seedCategories,
  seedFirstNames,
  seedLastNames,
  seedProducts,
  seedReviewTexts,
} from './seed-data.js';

/** A small seeded PRNG (mulberry32): the same shop, ids and values on every machine. */
function createRandom(seed: number): { int(min: number, max: number): number; pick<T>(list: readonly T[]): T } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return { int, pick: (list) => list[int(0, list.length - 1)] as (typeof list)[number] };
}

const hour = 3_600_000;
const seedEpoch = Date.parse('2026-01-05T09:00:00.000Z');
const at = (hours: number): string => new Date(seedEpoch + hours * hour).toISOString();

export const seedSizes = { categories: 6, products: 50, customers: 21, reviews: 150, orders: 60 } as const;

/** Fills an empty database with the demo shop; does nothing if a category already exists. */
export function seedDatabase(db: Database.Database): boolean {
  if (db.prepare('SELECT 1 FROM categories LIMIT 1').get() !== undefined) return false;
  const store = createStore(db);
  const random = createRandom(2026);
  const insertCategory = db.prepare('INSERT INTO categories (name, slug, description) VALUES (?, ?, ?)');

  store.transaction(() => {
    seedCategories.forEach((category) => insertCategory.run(category.name, category.slug, category.description));

    const prices: number[] = [];
    let sku = 0;
    seedProducts.forEach((products, categoryIndex) => {
      for (const [name, priceCents, description] of products) {
        sku += 1;
        // Every eleventh product is sold out, so the in-stock filter has something to do.
        const stock = sku % 11 === 0 ? 0 : random.int(3, 120);
        const code = `${seedCategories[categoryIndex]?.slug.slice(0, 3).toUpperCase()}-${String(sku).padStart(4, '0')}`;
        store.insertProduct({ sku: code, name, description, priceCents, stock, categoryId: categoryIndex + 1 }, at(sku));
        prices.push(priceCents);
      }
    });

    seedFirstNames.forEach((first, index) => {
      const email = index === 0 ? demoAccounts.customer.email : `${first.toLowerCase()}@example.com`;
      const name = `${first} ${seedLastNames[index] ?? ''}`.trim();
      store.insertCustomer({ email, name, role: 'customer', passwordHash: demoPasswordHashes.customer }, at(100 + index));
    });
    store.insertCustomer(
      { email: demoAccounts.admin.email, name: demoAccounts.admin.name, role: 'admin', passwordHash: demoPasswordHashes.admin },
      at(99),
    );

    const reviewed = new Set<string>();
    let reviewHour = 200;
    while (reviewed.size < seedSizes.reviews) {
      const productId = random.int(1, seedSizes.products);
      const customerId = random.int(1, seedFirstNames.length);
      if (reviewed.has(`${productId}:${customerId}`)) continue;
      reviewed.add(`${productId}:${customerId}`);
      // Ratings lean positive, as real shops' do.
      const [rating, title, body] = random.pick([...seedReviewTexts, seedReviewTexts[3], seedReviewTexts[4], seedReviewTexts[4]]);
      reviewHour += random.int(1, 9);
      store.insertReview({ productId, customerId, rating, title, body }, at(reviewHour));
    }

    const statuses: OrderStatus[] = ['pending', 'paid', 'paid', 'shipped', 'shipped', 'shipped', 'cancelled'];
    let orderHour = 300;
    for (let index = 0; index < seedSizes.orders; index += 1) {
      // The demo customer (id 1) gets the first few orders, so her history is never empty.
      const customerId = index < 4 ? 1 : random.int(1, seedFirstNames.length);
      const items: OrderItem[] = [];
      for (let line = random.int(1, 3); line > 0; line -= 1) {
        const productId = random.int(1, seedSizes.products);
        if (items.some((item) => item.productId === productId)) continue;
        items.push({ productId, quantity: random.int(1, 3), unitPriceCents: prices[productId - 1] ?? 0 });
      }
      orderHour += random.int(2, 30);
      const order = store.insertOrder(customerId, items, at(orderHour));
      const status = index < 4 ? (['shipped', 'paid', 'pending', 'cancelled'] as const)[index] : random.pick(statuses);
      if (status && status !== 'pending') store.setOrderStatus(order.id, status, at(orderHour + 24));
    }
  });
  return true;
}
