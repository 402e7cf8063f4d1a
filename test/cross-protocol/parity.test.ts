import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphqlClient, restClient, restLogin, soapClient } from './three-protocols.js';

/**
 * The same entity through REST, GraphQL and SOAP must carry the same values: ids as numbers
 * (GraphQL's ID is a string on the wire), timestamps as the same instant (SOAP's xsd:dateTime).
 */
const normalise = (value: unknown): unknown => {
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, normalise(v)]));
  }
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return Date.parse(value);
  return value;
};

const productFields = 'id sku name description priceCents currency stock categoryId createdAt updatedAt';
const orderFields = 'id customerId status totalCents createdAt updatedAt items { productId quantity unitPriceCents }';

let server: TestServer;
let adaToken = '';
let adminToken = '';

beforeAll(async () => {
  server = await startTestServer();
  adaToken = await restLogin(server.url, demoAccounts.customer.email, demoAccounts.customer.password);
  adminToken = await restLogin(server.url, demoAccounts.admin.email, demoAccounts.admin.password);
});
afterAll(() => server.close());

async function readEverywhere(token: string | undefined, rest: string, graphql: string, soap: Parameters<Awaited<ReturnType<typeof soapClient>>['call']>[0]) {
  const soapSide = await soapClient(server.url, token);
  return {
    rest: normalise((await restClient(server.url, token).call('GET', rest)).value),
    graphql: normalise(Object.values((await graphqlClient(server.url, token).call<Record<string, unknown>>(graphql)).value ?? {})[0]),
    soap: normalise(Object.values(((await soapSide.call(soap)).value ?? {}) as Record<string, unknown>)[0]),
  };
}

describe('parity: one value, three protocols', () => {
  it('a product', async () => {
    const seen = await readEverywhere(undefined, '/rest/products/7', `{ product(id: 7) { ${productFields} } }`, (s) => s.GetProductAsync({ id: 7 }));
    expect(seen.rest).toMatchObject({ id: 7, currency: 'EUR' });
    expect(seen.graphql).toEqual(seen.rest);
    expect(seen.soap).toEqual(seen.rest);
  });

  it('a category', async () => {
    const seen = await readEverywhere(undefined, '/rest/categories/3', '{ category(id: 3) { id name slug description } }', (s) => s.GetCategoryAsync({ id: 3 }));
    expect(seen.rest).toEqual({ id: 3, name: 'Brewing', slug: 'brewing', description: expect.any(String) });
    expect(seen.graphql).toEqual(seen.rest);
    expect(seen.soap).toEqual(seen.rest);
  });

  it('an order with its line items', async () => {
    const seen = await readEverywhere(adaToken, '/rest/orders/1', `{ order(id: 1) { ${orderFields} } }`, (s) => s.GetOrderAsync({ id: 1 }));
    expect(seen.rest).toMatchObject({ id: 1, customerId: 1, status: 'shipped' });
    expect(seen.graphql).toEqual(seen.rest);
    expect(seen.soap).toEqual(seen.rest);
  });
});

describe('a write through one protocol is read back through the others', () => {
  it('a product created through SOAP, repriced through GraphQL, read through REST', async () => {
    const soap = await soapClient(server.url, adminToken);
    const created = await soap.call((s) => s.CreateProductAsync({ sku: 'PAR-0001', name: 'Parity Mug', priceCents: 990, stock: 4, categoryId: 5 }));
    const id = created.value?.product?.id ?? 0;
    expect(id).toBeGreaterThan(50);

    const repriced = await graphqlClient(server.url, adminToken).call(`mutation { updateProduct(id: ${id}, input: { priceCents: 1190 }) { id } }`);
    expect(repriced.code).toBeUndefined();

    const seen = await readEverywhere(undefined, `/rest/products/${id}`, `{ product(id: ${id}) { ${productFields} } }`, (s) => s.GetProductAsync({ id }));
    expect(seen.rest).toMatchObject({ id, sku: 'PAR-0001', name: 'Parity Mug', priceCents: 1190, stock: 4, categoryId: 5 });
    expect(seen.graphql).toEqual(seen.rest);
    expect(seen.soap).toEqual(seen.rest);
  });

  it('an order placed through GraphQL, cancelled through REST, seen cancelled through SOAP with stock restored', async () => {
    const before = (await restClient(server.url).call<{ stock: number }>('GET', '/rest/products/12')).value?.stock ?? 0;
    const placed = await graphqlClient(server.url, adaToken).call<{ placeOrder: { id: string } }>(
      'mutation { placeOrder(input: { items: [{ productId: 12, quantity: 2 }] }) { id } }',
    );
    const id = Number(placed.value?.placeOrder.id);
    expect((await restClient(server.url).call<{ stock: number }>('GET', '/rest/products/12')).value?.stock).toBe(before - 2);

    expect((await restClient(server.url, adaToken).call('POST', `/rest/orders/${id}/cancel`)).code).toBeUndefined();
    const soap = await soapClient(server.url, adaToken);
    expect((await soap.call((s) => s.GetOrderAsync({ id }))).value?.order?.status).toBe('cancelled');
    expect((await soap.call((s) => s.GetProductAsync({ id: 12 }))).value?.product?.stock).toBe(before);
  });
});
