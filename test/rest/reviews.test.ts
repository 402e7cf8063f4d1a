import { describe, expect, it, vi } from 'vitest';
import { bearer, problemOf, sendJson } from '../support/rest-requests.js';
import { createTestKit } from '../support/test-kit.js';

describe('POST /rest/products/{id}/reviews', () => {
  it('adds a review once per customer and product: 201 + Location, then 409', async () => {
    const { request, tokenFor, services } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const product = (await (await request('/rest/products?limit=100')).json()).items.find(
      (p: { id: number }) => !services.catalog.latestReviewsByProductIds([p.id], 100)[0]?.some((r) => r.customerId === 1),
    ) as { id: number };
    const review = { rating: 4, title: 'Good stuff', body: 'Would buy again.' };
    const response = await request(`/rest/products/${product.id}/reviews`, sendJson('POST', review, ada));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ ...review, productId: product.id, customerId: 1, id: expect.any(Number) });
    expect(response.headers.get('location')).toBe(`/rest/products/${product.id}/reviews`);

    const again = await request(`/rest/products/${product.id}/reviews`, sendJson('POST', review, ada));
    expect(again.status).toBe(409);
    expect((await problemOf(again)).code).toBe('CONFLICT');
  });

  it('validates the rating, refuses a chosen author and needs a signed-in customer', async () => {
    const { request, tokenFor } = createTestKit();
    const ada = bearer(await tokenFor('customer'));
    const badRating = await request('/rest/products/2/reviews', sendJson('POST', { rating: 6, title: 'Too good' }, ada));
    expect(badRating.status).toBe(422);
    expect((await problemOf(badRating)).errors[0]?.path).toBe('rating');
    const author = await request('/rest/products/2/reviews', sendJson('POST', { rating: 5, title: 'Me', customerId: 2 }, ada));
    expect((await problemOf(author)).errors).toEqual([{ path: 'customerId', message: 'Unknown field.' }]);
    expect((await request('/rest/products/2/reviews', sendJson('POST', { rating: 5, title: 'Anon' }))).status).toBe(401);
    expect((await request('/rest/products/999/reviews', sendJson('POST', { rating: 5, title: 'Ghost' }, ada))).status).toBe(404);
  });
});

describe('GET /rest/products/{id}/reviews?include=author', () => {
  type ReviewRow = { id: number; customerId: number; author?: Record<string, unknown> };
  const itemsOf = async (response: Response) => ((await response.json()) as { items: ReviewRow[]; total: number }).items;

  it('embeds each review’s author, id and name only, for anonymous callers', async () => {
    const { request, services } = createTestKit();
    const response = await request('/rest/products/1/reviews?include=author&limit=100');
    expect(response.status).toBe(200);
    const items = await itemsOf(response);
    expect(items.length).toBeGreaterThan(1);
    for (const review of items) expect(Object.keys(review.author ?? {}).sort()).toEqual(['id', 'name']);
    expect(items.map((review) => review.author)).toEqual(services.customers.getReviewersByIds(items.map((review) => review.customerId)));
    const plain = await itemsOf(await request('/rest/products/1/reviews?limit=100'));
    expect(plain.every((review) => !('author' in review))).toBe(true);
    expect(items.map(({ author: _author, ...review }) => review)).toEqual(plain);
  });

  it('keeps sorting, paging and the list headers', async () => {
    const { request } = createTestKit();
    const response = await request('/rest/products/1/reviews?include=author&sort=-rating&limit=1&offset=1');
    const plain = await request('/rest/products/1/reviews?sort=-rating&limit=1&offset=1');
    expect(response.headers.get('x-total-count')).toBe(plain.headers.get('x-total-count'));
    expect(response.headers.get('link')).toContain('include=author');
    expect((await itemsOf(response)).map((review) => review.id)).toEqual((await itemsOf(plain)).map((review) => review.id));
  });

  it('makes one service call, the one with authors', async () => {
    const { request, services } = createTestKit();
    const withAuthors = vi.spyOn(services.catalog, 'listReviewsWithAuthors');
    const plain = vi.spyOn(services.catalog, 'listReviews');
    await request('/rest/products/1/reviews?include=author');
    expect(withAuthors).toHaveBeenCalledTimes(1);
    expect(plain).not.toHaveBeenCalled();
  });

  it('refuses an unknown include with 422 and answers 404 for an unknown product', async () => {
    const { request } = createTestKit();
    const unknown = await request('/rest/products/1/reviews?include=author,customer');
    expect(unknown.status).toBe(422);
    expect((await problemOf(unknown)).errors).toEqual([{ path: 'include', message: expect.stringContaining('"customer"') }]);
    expect((await request('/rest/products/999/reviews?include=author')).status).toBe(404);
  });
});
