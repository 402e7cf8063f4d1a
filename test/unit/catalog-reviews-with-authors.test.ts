import { describe, expect, it, vi } from 'vitest';
import { createTestShop, grace } from '../support/shop.js';
import { fieldPaths, shopErrorOf } from '../support/shop-error.js';

type Shop = ReturnType<typeof createTestShop>;

/** The product with the most reviews (and so several authors), so order and batching show. */
const mostReviewed = ({ db }: Shop): number =>
  (db.prepare('SELECT product_id AS id FROM reviews GROUP BY product_id ORDER BY count(*) DESC, id LIMIT 1').get() as { id: number }).id;

const customerName = ({ db }: Shop, id: number): string =>
  (db.prepare('SELECT name FROM customers WHERE id = ?').get(id) as { name: string }).name;

describe('catalog.listReviewsWithAuthors', () => {
  it('is listReviews with each review’s author as id and name only: no email, no role', () => {
    const shop = createTestShop();
    const id = mostReviewed(shop);
    const plain = shop.services.catalog.listReviews(id, { limit: 100 });
    const page = shop.services.catalog.listReviewsWithAuthors(id, { limit: 100 });
    expect(page.items.length).toBeGreaterThan(2);
    expect({ ...page, items: page.items.map(({ author: _author, ...review }) => review) }).toEqual(plain);
    for (const review of page.items) {
      expect(Object.keys(review.author).sort()).toEqual(['id', 'name']);
      expect(review.author).toEqual({ id: review.customerId, name: customerName(shop, review.customerId) });
    }
    expect(JSON.stringify(page)).not.toMatch(/email|role|passwordHash/);
  });

  it('keeps the order and paging the caller asked for', () => {
    const shop = createTestShop();
    const id = mostReviewed(shop);
    const input = { sort: [{ field: 'rating' as const, direction: 'desc' as const }], limit: 3, offset: 1 };
    const page = shop.services.catalog.listReviewsWithAuthors(id, input);
    expect(page).toMatchObject({ limit: 3, offset: 1 });
    expect(page.items.map((r) => r.id)).toEqual(shop.services.catalog.listReviews(id, input).items.map((r) => r.id));
    expect(page.items.map((r) => r.author.id)).toEqual(page.items.map((r) => r.customerId));
  });

  it('reads all authors of a page with one store query', () => {
    const shop = createTestShop();
    const id = mostReviewed(shop);
    const lookups = vi.spyOn(shop.store, 'getCustomersByIds');
    const page = shop.services.catalog.listReviewsWithAuthors(id, { limit: 100 });
    expect(lookups).toHaveBeenCalledTimes(1);
    expect([...(lookups.mock.calls[0]?.[0] ?? [])].sort()).toEqual([...new Set(page.items.map((r) => r.customerId))].sort());
  });

  it('asks the store for no authors when the page is empty', () => {
    const shop = createTestShop();
    const lookups = vi.spyOn(shop.store, 'getCustomersByIds');
    const page = shop.services.catalog.listReviewsWithAuthors(mostReviewed(shop), { offset: 1000 });
    expect(page.items).toEqual([]);
    expect(page.total).toBeGreaterThan(0);
    expect(lookups).not.toHaveBeenCalled();
  });

  it('shows a new review with its author', () => {
    const shop = createTestShop();
    const productId = (shop.db.prepare('SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM reviews WHERE customer_id = 2) LIMIT 1').get() as {
      id: number;
    }).id;
    const added = shop.services.catalog.addReview(grace, productId, { rating: 4, title: 'Fine' });
    const items = shop.services.catalog.listReviewsWithAuthors(productId, { limit: 100 }).items;
    expect(items).toContainEqual({ ...added, author: { id: 2, name: 'Grace Hopper' } });
  });

  it('validates like listReviews: NOT_FOUND for an unknown product, VALIDATION_FAILED for bad paging', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.catalog.listReviewsWithAuthors(9999)).code).toBe('NOT_FOUND');
    expect(fieldPaths(shopErrorOf(() => services.catalog.listReviewsWithAuthors(1, { limit: 0 })))).toEqual(['limit']);
    expect(shopErrorOf(() => services.catalog.listReviewsWithAuthors(0)).code).toBe('VALIDATION_FAILED');
  });
});

describe('catalog.latestReviewsWithAuthorsByProductIds', () => {
  it('is latestReviewsByProductIds with authors, per id in the caller’s order', () => {
    const shop = createTestShop();
    const ids = [mostReviewed(shop), 9999, 2, mostReviewed(shop)];
    const plain = shop.services.catalog.latestReviewsByProductIds(ids, 3);
    const withAuthors = shop.services.catalog.latestReviewsWithAuthorsByProductIds(ids, 3);
    expect(withAuthors.map((group) => group.map(({ author: _author, ...review }) => review))).toEqual(plain);
    expect(withAuthors[1]).toEqual([]);
    for (const review of withAuthors.flat()) {
      expect(review.author).toEqual({ id: review.customerId, name: customerName(shop, review.customerId) });
    }
  });

  it('reads the authors of every product with one store query', () => {
    const shop = createTestShop();
    const lookups = vi.spyOn(shop.store, 'getCustomersByIds');
    const groups = shop.services.catalog.latestReviewsWithAuthorsByProductIds([1, 2, 3, 4, 5]);
    expect(groups.flat().length).toBeGreaterThan(5);
    expect(lookups).toHaveBeenCalledTimes(1);
  });
});
