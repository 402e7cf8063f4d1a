import { describe, expect, it } from 'vitest';
import { bearer, createRestTestApp, problemOf, sendJson } from './rest-test-app.js';

describe('POST /rest/products/{id}/reviews', () => {
  it('adds a review once per customer and product: 201 + Location, then 409', async () => {
    const { request, tokenOf, services } = createRestTestApp();
    const ada = bearer(await tokenOf('customer'));
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
    const { request, tokenOf } = createRestTestApp();
    const ada = bearer(await tokenOf('customer'));
    const badRating = await request('/rest/products/2/reviews', sendJson('POST', { rating: 6, title: 'Too good' }, ada));
    expect(badRating.status).toBe(422);
    expect((await problemOf(badRating)).errors[0]?.path).toBe('rating');
    const author = await request('/rest/products/2/reviews', sendJson('POST', { rating: 5, title: 'Me', customerId: 2 }, ada));
    expect((await problemOf(author)).errors).toEqual([{ path: 'customerId', message: 'Unknown field.' }]);
    expect((await request('/rest/products/2/reviews', sendJson('POST', { rating: 5, title: 'Anon' }))).status).toBe(401);
    expect((await request('/rest/products/999/reviews', sendJson('POST', { rating: 5, title: 'Ghost' }, ada))).status).toBe(404);
  });
});
