import { describe, expect, it, vi } from 'vitest';
import { queryLimits } from '../../src/protocols/graphql/armor-plugin.js';
import { errorCodes } from '../support/graphql-requests.js';
import { createTestKit } from '../support/test-kit.js';

const orderHistory = 'query($count: Int) { orders(first: $count) { nodes { id items { product { name } } } } }';
const reviewsOfProducts = 'query($n: Int) { products(first: $n) { nodes { reviews(first: $n) { nodes { author { name } } } } } }';

/** The whole body of a list-size refusal: no data, one error, nothing internal (no `http` extension). */
const refusalBody = (objects: RegExp) => ({
  errors: [
    {
      message: expect.stringMatching(objects),
      locations: [{ line: 1, column: 1 }],
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    },
  ],
});

describe('GraphQL prices page sizes from the variables the client sent', () => {
  it('serves the order history with a page size passed as a variable', async () => {
    const { gql, tokenFor } = createTestKit();
    const result = await gql<{ orders: { nodes: unknown[] } }>(orderHistory, { count: 5 }, { token: await tokenFor('customer') });
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.orders.nodes).toHaveLength(5);
  });

  it('refuses the same operation asking for 100 orders of 50 lines each, before any resolver runs', async () => {
    const { gql, tokenFor, services } = createTestKit();
    const listOrders = vi.spyOn(services.orders, 'listOrders');
    const result = await gql(orderHistory, { count: 100 }, { token: await tokenFor('customer') });
    expect(result.status).toBe(400);
    expect(result.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(result.body).toEqual(refusalBody(new RegExp(`about 10200 objects; the limit is ${queryLimits.maxObjects}`)));
    expect(listOrders).not.toHaveBeenCalled();
  });

  it('multiplies nested variable page sizes: 10 × 10 passes, 100 × 100 is refused', async () => {
    const { gql } = createTestKit();
    const small = await gql(reviewsOfProducts, { n: 10 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    const big = await gql(reviewsOfProducts, { n: 100 });
    expect(big.status).toBe(400);
    expect(big.body).toEqual(refusalBody(/about 30200 objects/));
  });

  it('prices each request by its own values when the same document comes again and again', async () => {
    const { gql } = createTestKit();
    for (const n of [100, 10, 100, null, 100, 10]) {
      const result = await gql(reviewsOfProducts, { n });
      if (n === 100) expect(result.body).toEqual(refusalBody(/about 30200 objects/));
      else expect(result.body.errors).toBeUndefined();
    }
    // Left out, `products` takes the services' page of 20 and `reviews` its schema default of 5.
    const withDefaults = await gql(reviewsOfProducts, {});
    expect(withDefaults.body.errors).toBeUndefined();
  });

  it('still refuses a literal `first: 100` deep query', async () => {
    const { gql, tokenFor } = createTestKit();
    const result = await gql('{ orders(first: 100) { nodes { items { product { name } } } } }', {}, { token: await tokenFor('customer') });
    expect(result.status).toBe(400);
    expect(result.body).toEqual(refusalBody(/about 10200 objects/));
  });

  it('uses a variable’s default, and the default page of 20 when `first` is left out', async () => {
    const { gql, tokenFor } = createTestKit();
    const token = await tokenFor('customer');
    const defaulted = await gql('query($count: Int = 100) { orders(first: $count) { nodes { items { product { name } } } } }', {}, { token });
    expect(errorCodes(defaulted)).toEqual(['QUERY_TOO_COMPLEX']);
    const absent = await gql<{ orders: { nodes: unknown[] } }>(orderHistory, {}, { token });
    expect(absent.body.errors).toBeUndefined();
    expect(absent.body.data?.orders.nodes.length).toBeGreaterThan(0);
    const nulled = await gql(orderHistory, { count: null }, { token });
    expect(nulled.body.errors).toBeUndefined();
  });

  it('leaves a variable that does not fit the schema to execution (VALIDATION_FAILED)', async () => {
    const { gql, tokenFor } = createTestKit();
    const result = await gql(orderHistory, { count: 'many' }, { token: await tokenFor('customer') });
    expect(result.status).toBe(400);
    expect(errorCodes(result)).toEqual(['VALIDATION_FAILED']);
  });

  it('answers like a validation error under either media type', async () => {
    const { app } = createTestKit();
    const post = (accept: string, query: string) =>
      app.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query, variables: { n: 100 } }),
      });
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const invalid = await post(accept, '{ products { nodes { nope } } }');
      const refused = await post(accept, reviewsOfProducts);
      expect(refused.status).toBe(invalid.status);
      expect(await refused.json()).toEqual(refusalBody(/about 30200 objects/));
    }
  });

  it('prices each operation of a batch on its own variables', async () => {
    const { app } = createTestKit();
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify([
        { query: reviewsOfProducts, variables: { n: 100 } },
        { query: reviewsOfProducts, variables: { n: 3 } },
      ]),
    });
    const [big, small] = (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] }[];
    expect(big?.errors?.map((error) => error.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(small?.errors).toBeUndefined();
    expect(small?.data).toMatchObject({ products: { nodes: expect.any(Array) } });
  });

  it('refuses a subscription whose events would be too large, without watching the order', async () => {
    const { app, tokenFor, services } = createTestKit();
    const watchOrder = vi.spyOn(services.orders, 'watchOrder');
    const query = 'subscription($id: ID!, $n: Int) { orderStatusChanged(orderId: $id) { items { product { reviews(first: $n) { nodes { author { name } } } } } } }';
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${await tokenFor('customer')}` },
      body: JSON.stringify({ query, variables: { id: '3', n: 100 } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(refusalBody(/about 15101 objects/));
    expect(watchOrder).not.toHaveBeenCalled();
  });
});
