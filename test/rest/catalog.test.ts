import { describe, expect, it, vi } from 'vitest';
import { problemOf } from '../support/rest-requests.js';
import { createTestKit } from '../support/test-kit.js';

interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
type Row = Record<string, unknown> & { id: number };

const pageOf = async (response: Response) => (await response.json()) as Page<Row>;

describe('GET /rest/categories', () => {
  it('lists every category in one page with the list headers', async () => {
    const { request } = createTestKit();
    const response = await request('/rest/categories');
    expect(response.status).toBe(200);
    const page = await pageOf(response);
    expect(page).toMatchObject({ total: 6, offset: 0, limit: 6 });
    expect(page.items[0]).toEqual({ id: 1, name: 'Coffee', slug: 'coffee', description: expect.any(String) });
    expect(response.headers.get('x-total-count')).toBe('6');
    expect(response.headers.get('link')).toContain('rel="first"');
    expect(response.headers.get('link')).not.toContain('rel="next"');
  });

  it('gets one category, 404 for an unknown id and 422 for a non-number', async () => {
    const { request } = createTestKit();
    expect(await (await request('/rest/categories/2')).json()).toMatchObject({ id: 2, slug: 'tea' });
    const missing = await request('/rest/categories/999');
    expect(missing.status).toBe(404);
    expect(await problemOf(missing)).toMatchObject({ code: 'NOT_FOUND', instance: '/rest/categories/999' });
    const bad = await request('/rest/categories/abc');
    expect(bad.status).toBe(422);
    expect((await problemOf(bad)).errors).toEqual([{ path: 'id', message: expect.any(String) }]);
  });
});

describe('GET /rest/products', () => {
  it('pages with the envelope, X-Total-Count and Link next/prev keeping the other parameters', async () => {
    const { request } = createTestKit();
    const first = await request('/rest/products');
    const page = await pageOf(first);
    expect(page).toMatchObject({ total: 50, limit: 20, offset: 0 });
    expect(page.items).toHaveLength(20);
    expect(first.headers.get('x-total-count')).toBe('50');
    expect(first.headers.get('link')).toContain('</rest/products?offset=20&limit=20>; rel="next"');
    expect(first.headers.get('link')).not.toContain('rel="prev"');

    const middle = await request('/rest/products?categoryId=1&limit=3&offset=3');
    const link = middle.headers.get('link') ?? '';
    expect(link).toContain('</rest/products?categoryId=1&limit=3&offset=0>; rel="prev"');
    expect(link).toContain('</rest/products?categoryId=1&limit=3&offset=6>; rel="next"');
    expect(link).toContain('</rest/products?categoryId=1&limit=3&offset=6>; rel="last"');
  });

  it('filters by category, stock, price range and text', async () => {
    const { request } = createTestKit();
    const page = await pageOf(await request('/rest/products?categoryId=2&inStock=true&minPriceCents=1000&maxPriceCents=2000&limit=100'));
    expect(page.total).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item).toMatchObject({ categoryId: 2 });
      expect(item.stock).toBeGreaterThan(0);
      expect(item.priceCents).toBeGreaterThanOrEqual(1000);
      expect(item.priceCents).toBeLessThanOrEqual(2000);
    }
    const soldOut = await pageOf(await request('/rest/products?inStock=false&limit=100'));
    expect(soldOut.total).toBeGreaterThan(0);
    expect(soldOut.items.every((item) => item.stock === 0)).toBe(true);
    const search = await pageOf(await request('/rest/products?q=kenya'));
    expect(search.items.map((item) => item.name)).toEqual(['Kenya AA Nyeri 250 g']);
  });

  it('sorts by several fields and names an unknown sort field in a 422', async () => {
    const { request } = createTestKit();
    const page = await pageOf(await request('/rest/products?sort=priceCents,-createdAt&limit=100'));
    const prices = page.items.map((item) => item.priceCents as number);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const descending = await pageOf(await request('/rest/products?sort=-priceCents&limit=1'));
    expect(descending.items[0]?.priceCents).toBe(Math.max(...prices));

    const bad = await request('/rest/products?sort=price,-createdAt');
    expect(bad.status).toBe(422);
    const problem = await problemOf(bad);
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual([{ path: 'sort', message: expect.stringContaining('"price"') }]);
  });

  it('embeds category and the 5 newest reviews, each with its author, with one batched call per relation', async () => {
    const { request, services } = createTestKit();
    const reviews = vi.spyOn(services.catalog, 'latestReviewsWithAuthorsByProductIds');
    const categories = vi.spyOn(services.catalog, 'getCategoriesByIds');
    const page = await pageOf(await request('/rest/products?include=category,reviews&limit=10'));
    expect(reviews).toHaveBeenCalledTimes(1);
    expect(categories).toHaveBeenCalledTimes(1);
    for (const item of page.items) {
      expect((item.category as { id: number }).id).toBe(item.categoryId);
      const embedded = item.reviews as { productId: number; customerId: number; createdAt: string; author: unknown }[];
      expect(embedded.length).toBeLessThanOrEqual(5);
      expect(embedded.every((review) => review.productId === item.id)).toBe(true);
      const authors = services.customers.getReviewersByIds(embedded.map((review) => review.customerId));
      expect(embedded.map((review) => review.author)).toEqual(authors);
      const dates = embedded.map((review) => review.createdAt);
      expect(dates).toEqual([...dates].sort().reverse());
    }
    expect(page.items.some((item) => (item.reviews as unknown[]).length > 0)).toBe(true);
  });

  it('returns only the asked-for fields, and refuses unknown field or include names', async () => {
    const { request } = createTestKit();
    const page = await pageOf(await request('/rest/products?fields=id,name,priceCents&limit=2'));
    for (const item of page.items) expect(Object.keys(item).sort()).toEqual(['id', 'name', 'priceCents']);
    const withCategory = await pageOf(await request('/rest/products?fields=name&include=category&limit=1'));
    expect(Object.keys(withCategory.items[0] ?? {}).sort()).toEqual(['category', 'name']);

    const badField = await request('/rest/products?fields=id,passwordHash');
    expect(badField.status).toBe(422);
    expect((await problemOf(badField)).errors[0]).toMatchObject({ path: 'fields', message: expect.stringContaining('"passwordHash"') });
    const badInclude = await request('/rest/products?include=author');
    expect(badInclude.status).toBe(422);
    expect((await problemOf(badInclude)).errors[0]?.path).toBe('include');
  });

  it('refuses out-of-range paging, malformed numbers and unknown parameters with field paths', async () => {
    const { request } = createTestKit();
    for (const [query, path] of [
      ['limit=101', 'limit'],
      ['limit=0', 'limit'],
      ['offset=-1', 'offset'],
      ['categoryId=one', 'categoryId'],
      ['inStock=yes', 'inStock'],
      ['minPriceCents=3000&maxPriceCents=1000', 'minPriceCents'],
      ['colour=red', 'colour'],
    ]) {
      const response = await request(`/rest/products?${query}`);
      expect(response.status, query).toBe(422);
      expect((await problemOf(response)).errors.map((error) => error.path), query).toContain(path);
    }
  });
});

describe('GET /rest/products/{id}', () => {
  it('returns the whole product, with include like the list; sparse fields have their own path', async () => {
    const { request } = createTestKit();
    const product = (await (await request('/rest/products/1')).json()) as Row;
    expect(product).toMatchObject({ id: 1, sku: 'COF-0001', currency: 'EUR', categoryId: 1 });
    const embedded = (await (await request('/rest/products/1?include=category')).json()) as Row;
    expect(embedded).toEqual({ ...product, category: expect.objectContaining({ id: 1, slug: 'coffee' }) });
    const shaped = (await (await request('/rest/products/1/fields/id,name?include=category')).json()) as Row;
    expect(shaped).toEqual({ id: 1, name: product.name, category: expect.objectContaining({ id: 1, slug: 'coffee' }) });
    expect((await (await request('/rest/products/1/fields/priceCents%2Cname')).json()) as Row).toEqual({ priceCents: product.priceCents, name: product.name });
    // The plain read has no `fields` any more: its answer always has every field.
    const notHere = await request('/rest/products/1?fields=id');
    expect(notHere.status).toBe(422);
    expect((await problemOf(notHere)).errors).toEqual([{ path: 'fields', message: 'Unknown field.' }]);
    const badField = await request('/rest/products/1/fields/id,passwordHash');
    expect(badField.status).toBe(422);
    expect((await problemOf(badField)).errors[0]).toMatchObject({ path: 'fields', message: expect.stringContaining('"passwordHash"') });
    expect((await request('/rest/products/4242')).status).toBe(404);
  });
});

describe('ETag and If-None-Match', () => {
  it('answers 304 without a body while the representation is unchanged', async () => {
    const { request } = createTestKit();
    const first = await request('/rest/products/1');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await request('/rest/products/1', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await request('/rest/products/2', { headers: { 'if-none-match': etag ?? '' } });
    expect(other.status).toBe(200);
  });

  it('gives lists a validator too, which changes with the query', async () => {
    const { request } = createTestKit();
    const a = (await request('/rest/products?limit=5')).headers.get('etag');
    const b = (await request('/rest/products?limit=6')).headers.get('etag');
    expect(a).toBeTruthy();
    expect(a).not.toBe(b);
    expect((await request('/rest/products?limit=5', { headers: { 'if-none-match': a ?? '' } })).status).toBe(304);
  });
});

describe('GET /rest/products/{id}/reviews', () => {
  it('pages and sorts the reviews of one product', async () => {
    const { request } = createTestKit();
    const all = await pageOf(await request('/rest/products/1/reviews?limit=100'));
    expect(all.total).toBeGreaterThan(1);
    expect(all.items.every((review) => review.productId === 1)).toBe(true);
    const sorted = await pageOf(await request('/rest/products/1/reviews?sort=-rating&limit=100'));
    const ratings = sorted.items.map((review) => review.rating as number);
    expect(ratings).toEqual([...ratings].sort((x, y) => y - x));
    const paged = await request('/rest/products/1/reviews?limit=1');
    expect(paged.headers.get('x-total-count')).toBe(String(all.total));
    expect(paged.headers.get('link')).toContain('rel="next"');
    expect((await request('/rest/products/999/reviews')).status).toBe(404);
    expect((await request('/rest/products/1/reviews?sort=stars')).status).toBe(422);
  });
});
