import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/services/clock.js';
import { ada, admin, createTestShop, grace, nobody } from '../support/shop.js';
import { fieldPaths, shopErrorOf } from '../support/shop-error.js';

type Shop = ReturnType<typeof createTestShop>;

/** A product Ada has not reviewed yet, so a test can add her review. */
const productAdaHasNotReviewed = ({ db }: Shop): number =>
  (db.prepare('SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM reviews WHERE customer_id = 1) ORDER BY id LIMIT 1').get() as {
    id: number;
  }).id;

/** The product with the most reviews, so paging has something to page. */
const mostReviewed = ({ db }: Shop): { id: number; n: number } =>
  db.prepare('SELECT product_id AS id, count(*) AS n FROM reviews GROUP BY product_id ORDER BY n DESC, id LIMIT 1').get() as {
    id: number;
    n: number;
  };

describe('catalog.listReviews', () => {
  it('pages a product’s reviews with a total', () => {
    const shop = createTestShop();
    const { id, n } = mostReviewed(shop);
    expect(n).toBeGreaterThan(2);
    const all = shop.services.catalog.listReviews(id, { limit: 100 });
    expect(all.total).toBe(n);
    expect(all.items.every((review) => review.productId === id)).toBe(true);
    const page = shop.services.catalog.listReviews(id, { limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: n, limit: 2, offset: 1 });
    expect(page.items).toEqual(all.items.slice(1, 3));
  });

  it('sorts by rating descending with the id tiebreak', () => {
    const shop = createTestShop();
    const { id } = mostReviewed(shop);
    const sorted = shop.services.catalog.listReviews(id, { sort: [{ field: 'rating', direction: 'desc' }], limit: 100 }).items;
    const expected = [...sorted].sort((a, b) => b.rating - a.rating || a.id - b.id);
    expect(sorted.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('answers NOT_FOUND for an unknown product and VALIDATION_FAILED for bad paging', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.catalog.listReviews(9999)).code).toBe('NOT_FOUND');
    expect(fieldPaths(shopErrorOf(() => services.catalog.listReviews(1, { limit: 0 })))).toEqual(['limit']);
  });
});

describe('catalog.addReview', () => {
  it('adds a signed-in customer’s review with the clock’s time', () => {
    const clock = createManualClock('2026-07-01T10:00:00.000Z');
    const shop = createTestShop({ clock });
    const productId = productAdaHasNotReviewed(shop);
    const review = shop.services.catalog.addReview(ada, productId, { rating: 4, title: ' Nice ', body: 'Good beans.' });
    expect(review).toMatchObject({ productId, customerId: 1, rating: 4, title: 'Nice', body: 'Good beans.' });
    expect(review.createdAt).toBe('2026-07-01T10:00:00.000Z');
    expect(shop.services.catalog.listReviews(productId, { limit: 100 }).items).toContainEqual(review);
  });

  it('refuses anonymous callers', () => {
    const shop = createTestShop();
    const error = shopErrorOf(() => shop.services.catalog.addReview(nobody, 1, { rating: 5, title: 'Hi' }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it.each([0, 6, 3.5])('refuses rating %s', (rating) => {
    const shop = createTestShop();
    const error = shopErrorOf(() => shop.services.catalog.addReview(ada, productAdaHasNotReviewed(shop), { rating, title: 'x' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error)).toEqual(['rating']);
  });

  it('accepts ratings 1 and 5', () => {
    const shop = createTestShop();
    const productId = productAdaHasNotReviewed(shop);
    expect(shop.services.catalog.addReview(ada, productId, { rating: 1, title: 'Low' }).rating).toBe(1);
    expect(shop.services.catalog.addReview(grace, 50, { rating: 5, title: 'High' }).rating).toBe(5);
  });

  it('refuses an empty title and unknown fields such as customerId', () => {
    const shop = createTestShop();
    const productId = productAdaHasNotReviewed(shop);
    const error = shopErrorOf(() => shop.services.catalog.addReview(ada, productId, { rating: 5, title: ' ', customerId: 2 }));
    expect(fieldPaths(error).sort()).toEqual(['customerId', 'title']);
  });

  it('allows one review per customer per product (CONFLICT for the second)', () => {
    const shop = createTestShop();
    const productId = productAdaHasNotReviewed(shop);
    shop.services.catalog.addReview(ada, productId, { rating: 4, title: 'First' });
    const total = shop.services.catalog.listReviews(productId).total;
    expect(shopErrorOf(() => shop.services.catalog.addReview(ada, productId, { rating: 1, title: 'Again' })).code).toBe('CONFLICT');
    expect(shop.services.catalog.listReviews(productId).total).toBe(total);
    // Another customer may still review it.
    expect(shop.services.catalog.addReview(admin, productId, { rating: 3, title: 'Admin' }).customerId).toBe(21);
  });

  it('answers NOT_FOUND for an unknown product', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.catalog.addReview(ada, 9999, { rating: 5, title: 'x' })).code).toBe('NOT_FOUND');
  });
});

describe('batch helpers for DataLoader', () => {
  it('getCategoriesByIds keeps the caller’s order, repeats, and undefined for unknown ids', () => {
    const { services } = createTestShop();
    const found = services.catalog.getCategoriesByIds([3, 99, 1, 3]);
    expect(found.map((c) => c?.id)).toEqual([3, undefined, 1, 3]);
    expect(services.catalog.getCategoriesByIds([])).toEqual([]);
  });

  it('getProductsByIds does the same for products', () => {
    const { services } = createTestShop();
    expect(services.catalog.getProductsByIds([50, 0, 2]).map((p) => p?.id)).toEqual([50, undefined, 2]);
  });

  it('latestReviewsByProductIds gives each product its newest reviews first, capped', () => {
    const shop = createTestShop();
    const { id, n } = mostReviewed(shop);
    const [latest, none, again] = shop.services.catalog.latestReviewsByProductIds([id, 9999, id], 2);
    const all = shop.services.catalog.listReviews(id, { limit: 100 }).items;
    const newest = [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    expect(n).toBeGreaterThan(2);
    expect(latest?.map((r) => r.id)).toEqual(newest.slice(0, 2).map((r) => r.id));
    expect(none).toEqual([]);
    expect(again).toEqual(latest);
    expect(shop.services.catalog.latestReviewsByProductIds([id])[0]).toHaveLength(Math.min(n, 5));
    // The count per product is clamped to 1..100, so a caller's 0 or 1000 stays sane.
    expect(shop.services.catalog.latestReviewsByProductIds([id], 0)[0]).toHaveLength(1);
    expect(shop.services.catalog.latestReviewsByProductIds([id], 1000)[0]?.map((r) => r.id)).toEqual(newest.map((r) => r.id));
  });

  it('latestReviewsByProductIds shows a new review first', () => {
    const clock = createManualClock('2027-01-01T00:00:00.000Z');
    const shop = createTestShop({ clock });
    const { id } = mostReviewed(shop);
    const reviewer = shop.db.prepare('SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM reviews WHERE product_id = ?) LIMIT 1').get(id) as {
      id: number;
    };
    const added = shop.services.catalog.addReview({ kind: 'customer', customerId: reviewer.id, role: 'customer' }, id, { rating: 2, title: 'New' });
    expect(shop.services.catalog.latestReviewsByProductIds([id], 1)).toEqual([[added]]);
  });

  it('getReviewersByIds exposes only id and name, in order', () => {
    const { services } = createTestShop();
    const reviewers = services.customers.getReviewersByIds([2, 999, 1]);
    expect(reviewers).toEqual([{ id: 2, name: 'Grace Hopper' }, undefined, { id: 1, name: 'Ada Lovelace' }]);
  });
});
