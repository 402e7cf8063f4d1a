import { describe, expect, it } from 'vitest';
import { createTestKit } from '../support/test-kit.js';

/** A seeded shop whose database reports every statement it runs. */
function createCountingShop() {
  const statements: string[] = [];
  const { app, tokenFor } = createTestKit({ onQuery: (sql) => statements.push(sql) });

  async function countQueries(query: string, token?: string): Promise<{ count: number; body: { data?: unknown; errors?: unknown } }> {
    statements.length = 0;
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    return { count: statements.length, body };
  }
  return { countQueries, tokenFor };
}

const nested = (first: number) => `{
  products(first: ${first}) {
    nodes { id name category { id name } reviews(first: 3) { nodes { rating author { id name } } } }
  }
}`;

describe('GraphQL nested fields are batched', () => {
  it('reads 20 products with category, reviews and authors in a few statements, not one per product', async () => {
    const { countQueries } = createCountingShop();
    const twenty = await countQueries(nested(20));
    const nodes = (twenty.body as { data: { products: { nodes: { reviews: { nodes: unknown[] } }[] } } }).data.products.nodes;
    expect(twenty.body.errors).toBeUndefined();
    expect(nodes).toHaveLength(20);
    expect(nodes.some((p) => p.reviews.nodes.length > 0)).toBe(true);
    // count + page of products, one for the categories, one for the reviews, one for the authors.
    expect(twenty.count).toBeLessThanOrEqual(5);
    const two = await countQueries(nested(2));
    expect(twenty.count).toBe(two.count);
  });

  it('batches the products of order lines: the statement count does not grow with the orders', async () => {
    const { countQueries, tokenFor } = createCountingShop();
    const adminToken = await tokenFor('admin');
    const orders = (first: number) => `{ orders(first: ${first}) { nodes { id items { quantity product { name category { name } } } } } }`;
    const many = await countQueries(orders(30), adminToken);
    const lines = (many.body as { data: { orders: { nodes: { items: unknown[] }[] } } }).data.orders.nodes.flatMap((o) => o.items);
    expect(many.body.errors).toBeUndefined();
    expect(lines.length).toBeGreaterThan(30);
    const few = await countQueries(orders(2), adminToken);
    expect(many.count).toBe(few.count);
  });
});
