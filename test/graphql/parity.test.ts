import { describe, expect, it } from 'vitest';
import type { Category, Order, Product } from '../../src/domain/entities.js';
import { admin } from '../support/shop.js';
import { createTestKit } from '../support/test-kit.js';

/** A service value as GraphQL shows it: the same fields and values, ids as strings. */
function asGraphql<T extends object>(value: T, idFields: string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, idFields.includes(key) ? String(field) : field]),
  );
}

describe('GraphQL returns what the services return', () => {
  it('for a product', async () => {
    const { gql, services } = createTestKit();
    const result = await gql<{ product: Product }>('{ product(id: "7") { id sku name description priceCents currency stock categoryId createdAt updatedAt } }');
    expect(result.body.data?.product).toEqual(asGraphql(services.catalog.getProduct(7), ['id', 'categoryId']));
  });

  it('for a category', async () => {
    const { gql, services } = createTestKit();
    const result = await gql<{ category: Category }>('{ category(id: "3") { id name slug description } }');
    expect(result.body.data?.category).toEqual(asGraphql(services.catalog.getCategory(3), ['id']));
  });

  it('for an order with its items', async () => {
    const { gql, services, tokenFor } = createTestKit();
    const result = await gql<{ order: Order }>(
      '{ order(id: "1") { id customerId status totalCents createdAt updatedAt items { productId quantity unitPriceCents } } }',
      {},
      { token: await tokenFor('admin') },
    );
    const order = services.orders.getOrder(admin, 1);
    expect(result.body.data?.order).toEqual({
      ...asGraphql(order, ['id', 'customerId']),
      items: order.items.map((item) => asGraphql(item, ['productId'])),
    });
  });

  it('for a product list page', async () => {
    const { gql, services } = createTestKit();
    const result = await gql<{ products: { totalCount: number; nodes: Product[] } }>(
      '{ products(first: 5, filter: { q: "tea" }, sort: [{ field: name, direction: desc }]) { totalCount nodes { id name priceCents stock } } }',
    );
    const page = services.catalog.listProducts({ filter: { q: 'tea' }, sort: [{ field: 'name', direction: 'desc' }], limit: 5 });
    expect(result.body.data?.products).toEqual({
      totalCount: page.total,
      nodes: page.items.map(({ id, name, priceCents, stock }) => ({ id: String(id), name, priceCents, stock })),
    });
  });
});
