import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShopSoapClient, logIn, type ShopClient } from '../../clients/soap/shop-soap-client.js';
import { faultOf } from '../support/soap-requests.js';
import { testLogins } from '../support/test-kit.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** The catalogue operations through node-soap's client, against the real server. */
describe('SOAP catalogue operations (node-soap client, real server)', () => {
  let server: TestServer;
  let client: ShopClient;
  beforeEach(async () => {
    server = await startTestServer();
    client = await createShopSoapClient(server.url);
  });
  afterEach(() => server.close());

  const signedIn = async (who: keyof typeof testLogins, soap12 = false) => {
    const c = await createShopSoapClient(server.url, { soap12 });
    await logIn(c, testLogins[who].email, testLogins[who].password);
    return c;
  };

  it('lists categories with paging elements and reads one', async () => {
    const [list] = await client.ListCategoriesAsync({});
    expect(list.items?.length).toBeGreaterThanOrEqual(5);
    expect(list).toMatchObject({ total: list.items?.length, offset: 0 });
    const [one] = await client.GetCategoryAsync({ id: 2 });
    expect(one.category).toEqual(list.items?.find((c) => c.id === 2));
    expect(await faultOf(client.GetCategoryAsync({ id: 9999 }))).toMatchObject({ faultcode: 'env:Client', code: 'NOT_FOUND' });
  });

  it('lists products with the REST filters, sort and paging', async () => {
    const [page] = await client.ListProductsAsync({ categoryId: 1, minPriceCents: 1000, inStock: true, sort: '-priceCents', limit: 3, offset: 1 });
    expect(page).toMatchObject({ limit: 3, offset: 1 });
    expect(page.total).toBeGreaterThan(3);
    const prices = (page.items ?? []).map((p) => p.priceCents ?? 0);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    for (const product of page.items ?? []) expect(product).toMatchObject({ categoryId: 1, currency: 'EUR' });
    expect(prices.every((price) => price >= 1000)).toBe(true);
    const [search] = await client.ListProductsAsync({ q: 'kettle' });
    expect(search.items?.every((p) => /kettle/i.test(`${p.name} ${p.description} ${p.sku}`))).toBe(true);
  });

  it('reads a product, and faults NOT_FOUND and VALIDATION_FAILED with the field', async () => {
    const [result] = await client.GetProductAsync({ id: 1 });
    expect(result.product).toMatchObject({ id: 1, sku: 'COF-0001', currency: 'EUR' });
    expect(await faultOf(client.GetProductAsync({ id: 424242 }))).toMatchObject({ faultcode: 'env:Client', code: 'NOT_FOUND' });
    const badLimit = await faultOf(client.ListProductsAsync({ limit: 1000 }));
    expect(badLimit).toMatchObject({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'limit' })] });
    const badSort = await faultOf(client.ListProductsAsync({ sort: 'colour' }));
    expect(badSort.fields).toEqual([expect.objectContaining({ path: 'sort', message: expect.stringContaining('colour') })]);
  });

  it('lists the reviews of a product; a customer adds one once (CONFLICT the second time)', async () => {
    const [reviews] = await client.ListReviewsAsync({ productId: 1, sort: '-rating', limit: 5 });
    expect(reviews.items?.every((r) => r.productId === 1)).toBe(true);
    // Anonymous callers get each author's public id and name with the review, nothing more.
    for (const review of reviews.items ?? []) {
      expect(review.author?.id).toBe(review.customerId);
      expect(Object.keys(review.author ?? {}).sort()).toEqual(['id', 'name']);
      expect(review.author?.name).toMatch(/\S/);
    }
    expect(await faultOf(client.ListReviewsAsync({ productId: 9999 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await faultOf(client.AddReviewAsync({ productId: 5, rating: 4, title: 'Good' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const ada = await signedIn('customer');
    const [added] = await ada.AddReviewAsync({ productId: 5, rating: 4, title: 'Good', body: 'Would buy again.' });
    expect(added.review).toMatchObject({ productId: 5, customerId: 1, rating: 4, title: 'Good', body: 'Would buy again.' });
    expect(await faultOf(ada.AddReviewAsync({ productId: 5, rating: 5, title: 'Again' }))).toMatchObject({ code: 'CONFLICT' });
    const badRating = await faultOf(ada.AddReviewAsync({ productId: 6, rating: 9, title: 'Too good' }));
    expect(badRating).toMatchObject({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'rating' })] });
  });

  it('lets an admin create, update and delete a product over SOAP 1.2', async () => {
    const admin = await signedIn('admin', true);
    const [created] = await admin.CreateProductAsync({ sku: 'SOAP-001', name: 'Soap dish', priceCents: 450, stock: 7, categoryId: 2 });
    expect(created.product).toMatchObject({ sku: 'SOAP-001', name: 'Soap dish', description: '', priceCents: 450, stock: 7, categoryId: 2 });
    const id = created.product?.id ?? 0;
    const [updated] = await admin.UpdateProductAsync({ id, priceCents: 500 });
    expect(updated.product).toMatchObject({ id, sku: 'SOAP-001', priceCents: 500, stock: 7 });
    const duplicate = await faultOf(admin.CreateProductAsync({ sku: 'SOAP-001', name: 'Again', priceCents: 1, stock: 1, categoryId: 2 }));
    expect(duplicate).toMatchObject({ faultcode: 'env:Sender', code: 'CONFLICT', fields: [expect.objectContaining({ path: 'sku' })] });
    const badSku = await faultOf(admin.CreateProductAsync({ sku: 'lower case', name: 'X', priceCents: 1, stock: 1, categoryId: 2 }));
    expect(badSku).toMatchObject({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'sku' })] });
    await admin.DeleteProductAsync({ id });
    expect(await faultOf(client.GetProductAsync({ id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await faultOf(admin.DeleteProductAsync({ id: 1 }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses catalogue writes to anonymous callers (UNAUTHENTICATED) and customers (FORBIDDEN)', async () => {
    const input = { sku: 'NOPE-1', name: 'Nope', priceCents: 1, stock: 1, categoryId: 1 };
    expect(await faultOf(client.CreateProductAsync(input))).toMatchObject({ faultcode: 'env:Client', code: 'UNAUTHENTICATED' });
    const ada = await signedIn('customer');
    expect(await faultOf(ada.CreateProductAsync(input))).toMatchObject({ faultcode: 'env:Client', code: 'FORBIDDEN' });
    expect(await faultOf(ada.DeleteProductAsync({ id: 2 }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
