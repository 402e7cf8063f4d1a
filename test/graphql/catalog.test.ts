import { describe, expect, it } from 'vitest';
import { errorCodes } from '../support/graphql-requests.js';
import { createTestKit, seeded } from '../support/test-kit.js';

const newProduct = { sku: 'TEA-9000', name: 'Test Tea', description: 'For tests', priceCents: 1234, stock: 7, categoryId: '2' };
const createProduct = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id sku name priceCents currency stock categoryId category { slug } } }`;

describe('GraphQL catalogue reads', () => {
  it('lists categories and reads one', async () => {
    const { gql } = createTestKit();
    const list = await gql<{ categories: { id: string; slug: string }[] }>('{ categories { id name slug description } }');
    expect(list.body.data?.categories.map((c) => c.slug)).toContain('coffee');
    const one = await gql('{ category(id: "1") { id slug products(first: 2) { totalCount nodes { categoryId } } } }');
    expect(one.body.data).toEqual({
      category: { id: '1', slug: 'coffee', products: { totalCount: expect.any(Number), nodes: [{ categoryId: '1' }, { categoryId: '1' }] } },
    });
  });

  it('answers NOT_FOUND and VALIDATION_FAILED for bad category and product ids', async () => {
    const { gql } = createTestKit();
    const missing = await gql('{ category(id: "999") { id } product(id: "999") { id } }');
    expect(missing.body.data).toEqual({ category: null, product: null });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    const bad = await gql('{ product(id: "abc") { id } }');
    expect(bad.body.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'id', message: expect.stringContaining('positive integer') }],
    });
  });

  it('filters and sorts products with the meaning of the REST parameters', async () => {
    const { gql, services } = createTestKit();
    const result = await gql<{ products: { totalCount: number; nodes: { id: string; priceCents: number; stock: number }[] } }>(
      `{ products(filter: { categoryId: "1", minPriceCents: 500, maxPriceCents: 3000, inStock: true, q: "" },
                  sort: [{ field: priceCents, direction: desc }, { field: name }], first: 50) { totalCount nodes { id priceCents stock } } }`,
    );
    const expected = services.catalog.listProducts({
      filter: { categoryId: 1, minPriceCents: 500, maxPriceCents: 3000, inStock: true, q: '' },
      sort: [{ field: 'priceCents', direction: 'desc' }, { field: 'name', direction: 'asc' }],
      limit: 50,
    });
    expect(result.body.data?.products.totalCount).toBe(expected.total);
    expect(result.body.data?.products.nodes.map((p) => p.id)).toEqual(expected.items.map((p) => String(p.id)));
    expect(expected.items.length).toBeGreaterThan(1);
  });

  it('reports filter problems as VALIDATION_FAILED with field paths', async () => {
    const { gql } = createTestKit();
    const result = await gql('{ products(filter: { minPriceCents: 900, maxPriceCents: 100 }) { totalCount } }');
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'filter.minPriceCents' }] });
    const badCategory = await gql('{ products(filter: { categoryId: "x" }) { totalCount } }');
    expect(badCategory.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'filter.categoryId' }] });
  });

  it('pages a product’s reviews newest first, the batched first page matching the paged service', async () => {
    const { gql, services } = createTestKit();
    const all = services.catalog.listReviews(1, { sort: [{ field: 'createdAt', direction: 'desc' }, { field: 'id', direction: 'desc' }] });
    type Reviews = { product: { reviews: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] } } };
    const first = await gql<Reviews>('{ product(id: "1") { reviews(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }');
    const page1 = first.body.data!.product.reviews;
    expect(page1.nodes.map((r) => r.id)).toEqual(all.items.slice(0, 2).map((r) => String(r.id)));
    expect(page1.totalCount).toBe(all.total);
    expect(page1.pageInfo.hasNextPage).toBe(all.total > 2);
    const next = await gql<Reviews>('query($after: String) { product(id: "1") { reviews(first: 2, after: $after) { nodes { id } } } }', {
      after: page1.pageInfo.endCursor,
    });
    expect(next.body.data!.product.reviews.nodes.map((r) => r.id)).toEqual(all.items.slice(2, 4).map((r) => String(r.id)));
    const byRating = await gql<Reviews>('{ product(id: "1") { reviews(sort: [{ field: rating, direction: asc }]) { nodes { id } } } }');
    const ratings = services.catalog.listReviews(1, { sort: [{ field: 'rating', direction: 'asc' }], limit: 5 });
    expect(byRating.body.data!.product.reviews.nodes.map((r) => r.id)).toEqual(ratings.items.map((r) => String(r.id)));
  });

  it('shows a review author’s public name only', async () => {
    const { gql } = createTestKit();
    const result = await gql('{ product(id: "1") { reviews(first: 1) { nodes { author { id name } } } } }');
    expect(result.body.data).toEqual({ product: { reviews: { nodes: [{ author: { id: expect.any(String), name: expect.any(String) } }] } } });
    const email = await gql('{ product(id: "1") { reviews(first: 1) { nodes { author { email } } } } }');
    expect(email.status).toBe(400);
    expect(errorCodes(email)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('GraphQL catalogue writes', () => {
  it('lets an admin create, update and delete a product', async () => {
    const { gql, tokenFor } = createTestKit();
    const token = await tokenFor('admin');
    const created = await gql<{ createProduct: { id: string } }>(createProduct, { input: newProduct }, { token });
    expect(created.body.data?.createProduct).toEqual({
      id: expect.any(String), sku: 'TEA-9000', name: 'Test Tea', priceCents: 1234, currency: 'EUR', stock: 7, categoryId: '2', category: { slug: 'tea' },
    });
    const id = created.body.data!.createProduct.id;
    const updated = await gql('mutation($id: ID!) { updateProduct(id: $id, input: { priceCents: 999, description: null }) { priceCents description } }', { id }, { token });
    expect(updated.body.data).toEqual({ updateProduct: { priceCents: 999, description: 'For tests' } });
    const deleted = await gql('mutation($id: ID!) { deleteProduct(id: $id) }', { id }, { token });
    expect(deleted.body.data).toEqual({ deleteProduct: id });
    expect(errorCodes(await gql('query($id: ID!) { product(id: $id) { id } }', { id }))).toEqual(['NOT_FOUND']);
  });

  it('refuses catalogue writes to anonymous callers and customers', async () => {
    const { gql, tokenFor } = createTestKit();
    expect(errorCodes(await gql(createProduct, { input: newProduct }))).toEqual(['UNAUTHENTICATED']);
    const customer = await tokenFor('customer');
    expect(errorCodes(await gql(createProduct, { input: newProduct }, { token: customer }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql('mutation { updateProduct(id: "1", input: { stock: 1 }) { id } }', {}, { token: customer }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql('mutation { deleteProduct(id: "1") }', {}, { token: customer }))).toEqual(['FORBIDDEN']);
  });

  it('reports invalid products field by field, and taken SKUs as CONFLICT', async () => {
    const { gql, tokenFor } = createTestKit();
    const token = await tokenFor('admin');
    const invalid = await gql(createProduct, { input: { ...newProduct, sku: 'bad sku', priceCents: -1 } }, { token });
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect((invalid.body.errors?.[0]?.extensions?.fields as { path: string }[]).map((f) => f.path).sort()).toEqual(['priceCents', 'sku']);
    const taken = await gql(createProduct, { input: { ...newProduct, sku: 'COF-0001' } }, { token });
    expect(taken.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', fields: [{ path: 'sku', message: 'Already in use.' }] });
    const noCategory = await gql(createProduct, { input: { ...newProduct, categoryId: '999' } }, { token });
    expect(noCategory.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'categoryId' }] });
    expect(errorCodes(await gql('mutation { updateProduct(id: "999", input: { stock: 1 }) { id } }', {}, { token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql('mutation { updateProduct(id: "1", input: {}) { id } }', {}, { token }))).toEqual(['VALIDATION_FAILED']);
  });

  it('refuses to delete an ordered product (CONFLICT) or a missing one (NOT_FOUND)', async () => {
    const { gql, tokenFor, services } = createTestKit();
    const token = await tokenFor('admin');
    const ordered = services.orders.getOrder({ kind: 'customer', customerId: seeded.admin, role: 'admin' }, 1).items[0]!.productId;
    expect(errorCodes(await gql('mutation($id: ID!) { deleteProduct(id: $id) }', { id: String(ordered) }, { token }))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql('mutation { deleteProduct(id: "999") }', {}, { token }))).toEqual(['NOT_FOUND']);
  });

  it('adds a review once per customer and product', async () => {
    const { gql, tokenFor } = createTestKit();
    const token = await tokenFor('otherCustomer');
    const add = 'mutation($p: ID!) { addReview(productId: $p, input: { rating: 5, title: "Lovely" }) { productId customerId rating title body author { name } } }';
    const first = await gql(add, { p: '50' }, { token });
    expect(first.body.data).toEqual({
      addReview: { productId: '50', customerId: String(seeded.grace), rating: 5, title: 'Lovely', body: '', author: { name: expect.any(String) } },
    });
    expect(errorCodes(await gql(add, { p: '50' }, { token }))).toEqual(['CONFLICT']);
    expect(errorCodes(await gql(add, { p: '999' }, { token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(add, { p: '50' }))).toEqual(['UNAUTHENTICATED']);
    // No protocol lets a review name its author: an extra field is refused before anything runs.
    const extraField = await gql('mutation($i: AddReviewInput!) { addReview(productId: "48", input: $i) { id } }', {
      i: { rating: 1, title: 'Mine', customerId: '1' },
    }, { token });
    expect(extraField.status).toBe(400);
    expect(errorCodes(extraField)).toEqual(['VALIDATION_FAILED']);
    expect(extraField.body.errors?.[0]?.message).toMatch(/Field "customerId" is not defined/);
    const badRating = await gql('mutation { addReview(productId: "49", input: { rating: 9, title: "x" }) { id } }', {}, { token });
    expect(badRating.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'rating' }] });
  });
});
