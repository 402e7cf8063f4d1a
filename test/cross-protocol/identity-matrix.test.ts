import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { graphqlClient, restClient, restLogin, soapClient } from './three-protocols.js';

/**
 * One identity system, three dialects: a token from any protocol's login works in the others,
 * and no customer reaches another's orders, cart or profile through any of them.
 */
let server: TestServer;
const tokens = { ada: '', grace: '', admin: '' };
const grace = { email: 'grace@example.com', password: demoAccounts.customer.password };

beforeAll(async () => {
  server = await startTestServer();
  // Each account logs in through a different protocol.
  tokens.ada = await restLogin(server.url, demoAccounts.customer.email, demoAccounts.customer.password);
  const login = await graphqlClient(server.url).call<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: grace.email, p: grace.password },
  );
  tokens.grace = login.value?.login.token ?? '';
  const soap = await soapClient(server.url);
  const soapLogin = await soap.call((c) => c.LoginAsync({ email: demoAccounts.admin.email, password: demoAccounts.admin.password }));
  tokens.admin = soapLogin.value?.token ?? '';
  expect(Object.values(tokens).every((token) => token.length > 20)).toBe(true);
});
afterAll(() => server.close());

async function clientsFor(who: keyof typeof tokens | 'anonymous') {
  const token = who === 'anonymous' ? undefined : tokens[who];
  return { rest: restClient(server.url, token), graphql: graphqlClient(server.url, token), soap: await soapClient(server.url, token) };
}

describe('a token from one protocol works in the others', () => {
  it('each login identifies its customer in REST, GraphQL and SOAP', async () => {
    for (const [who, id] of [['ada', 1], ['grace', 2], ['admin', 21]] as const) {
      const c = await clientsFor(who);
      expect((await c.rest.call<{ id: number }>('GET', '/rest/me')).value?.id).toBe(id);
      expect((await c.graphql.call<{ me: { id: string } }>('{ me { id } }')).value?.me.id).toBe(String(id));
      expect((await c.soap.call((s) => s.GetMeAsync({}))).value?.customer?.id).toBe(id);
    }
  });

  it('logging out through SOAP ends the session for REST and GraphQL too', async () => {
    const token = await restLogin(server.url, grace.email, grace.password);
    const soap = await soapClient(server.url, token);
    expect((await soap.call((s) => s.LogoutAsync({}))).code).toBeUndefined();
    expect((await restClient(server.url, token).call('GET', '/rest/me')).code).toBe('UNAUTHENTICATED');
    expect((await graphqlClient(server.url, token).call('{ me { id } }')).code).toBe('UNAUTHENTICATED');
    expect((await soap.call((s) => s.GetMeAsync({}))).code).toBe('UNAUTHENTICATED');
  });
});

describe('BOLA matrix: Ada tries Grace’s objects through every protocol', () => {
  it('cannot read, list, cancel or see Grace’s orders, and Grace’s order is untouched', async () => {
    const graceRest = restClient(server.url, tokens.grace);
    const placed = await graceRest.call<{ id: number; status: string }>('POST', '/rest/orders', { items: [{ productId: 3, quantity: 1 }] });
    const orderId = placed.value?.id ?? 0;
    expect(orderId).toBeGreaterThan(60);

    const ada = await clientsFor('ada');
    const attempts = {
      'REST read': (await ada.rest.call('GET', `/rest/orders/${orderId}`)).code,
      'REST cancel': (await ada.rest.call('POST', `/rest/orders/${orderId}/cancel`)).code,
      'REST list as Grace': (await ada.rest.call('GET', '/rest/orders?customerId=2')).code,
      'GraphQL read': (await ada.graphql.call(`{ order(id: ${orderId}) { id } }`)).code,
      'GraphQL cancel': (await ada.graphql.call(`mutation { cancelOrder(id: ${orderId}) { id } }`)).code,
      'GraphQL list as Grace': (await ada.graphql.call('{ orders(filter: { customerId: 2 }) { totalCount } }')).code,
      'GraphQL watch': (await ada.graphql.call(`{ order(id: ${orderId}) { status } }`)).code,
      'SOAP read': (await ada.soap.call((s) => s.GetOrderAsync({ id: orderId }))).code,
      'SOAP cancel': (await ada.soap.call((s) => s.CancelOrderAsync({ id: orderId }))).code,
      'SOAP list as Grace': (await ada.soap.call((s) => s.ListOrdersAsync({ customerId: 2 }))).code,
    };
    expect(attempts).toEqual({
      'REST read': 'NOT_FOUND',
      'REST cancel': 'NOT_FOUND',
      'REST list as Grace': 'FORBIDDEN',
      'GraphQL read': 'NOT_FOUND',
      'GraphQL cancel': 'NOT_FOUND',
      'GraphQL list as Grace': 'FORBIDDEN',
      'GraphQL watch': 'NOT_FOUND',
      'SOAP read': 'NOT_FOUND',
      'SOAP cancel': 'NOT_FOUND',
      'SOAP list as Grace': 'FORBIDDEN',
    });
    expect((await graceRest.call<{ status: string }>('GET', `/rest/orders/${orderId}`)).value?.status).toBe('pending');
  });

  it('cannot read Grace’s profile and only ever sees her own cart', async () => {
    const graceGql = graphqlClient(server.url, tokens.grace);
    expect((await graceGql.call('mutation { setCartItem(productId: 5, quantity: 2) { totalCents } }')).code).toBeUndefined();

    const ada = await clientsFor('ada');
    expect((await ada.rest.call('GET', '/rest/customers/2')).code).toBe('NOT_FOUND');
    expect((await ada.graphql.call('{ customer(id: 2) { email } }')).code).toBe('NOT_FOUND');
    expect((await ada.soap.call((s) => s.GetCustomerAsync({ id: 2 }))).code).toBe('NOT_FOUND');

    const adaCarts = [
      (await ada.rest.call<{ items: { productId: number }[] }>('GET', '/rest/cart')).value?.items,
      (await ada.graphql.call<{ cart: { items: { productId: string }[] } }>('{ cart { items { productId } } }')).value?.cart.items,
      (await ada.soap.call((s) => s.GetCartAsync({}))).value?.cart?.items ?? [],
    ];
    for (const items of adaCarts) expect(items?.some((item) => Number(item.productId) === 5)).toBe(false);
  });

  it('cannot review as Grace: no protocol accepts a customerId on a review', async () => {
    const ada = await clientsFor('ada');
    const review = { rating: 1, title: 'Not mine', customerId: 2 };
    expect((await ada.rest.call('POST', '/rest/products/9/reviews', review)).code).toBe('VALIDATION_FAILED');
    const gql = await ada.graphql.call('mutation($i: AddReviewInput!) { addReview(productId: 9, input: $i) { id } }', { i: review });
    expect(gql.code).toBeDefined();
    expect(gql.value).toBeUndefined();
    const soap = await ada.soap.call((s) => s.AddReviewAsync({ productId: 9, ...review } as never));
    expect(soap.code).toBe('VALIDATION_FAILED');
    const reviews = await restClient(server.url).call<{ items: { customerId: number; title: string }[] }>('GET', '/rest/products/9/reviews?limit=100');
    expect(reviews.value?.items.some((r) => r.title === 'Not mine')).toBe(false);
  });
});

describe('role matrix: admin operations in every protocol', () => {
  const adminCalls = async (who: 'anonymous' | 'ada' | 'admin') => {
    const c = await clientsFor(who);
    const suffix = who.toUpperCase();
    return {
      rest: [
        (await c.rest.call('GET', '/rest/customers')).code,
        (await c.rest.call('POST', '/rest/products', { sku: `RR-${suffix}`, name: 'R', priceCents: 100, stock: 1, categoryId: 1 })).code,
        (await c.rest.call('PATCH', '/rest/products/1', { priceCents: 1450 })).code,
        (await c.rest.call('PATCH', '/rest/orders/3', { status: 'paid' })).code,
      ],
      graphql: [
        (await c.graphql.call('{ customers { totalCount } }')).code,
        (await c.graphql.call(`mutation { createProduct(input: { sku: "G-${suffix}", name: "G", priceCents: 100, stock: 1, categoryId: 1 }) { id } }`)).code,
        (await c.graphql.call('mutation { updateProduct(id: 1, input: { priceCents: 1450 }) { id } }')).code,
        (await c.graphql.call('mutation { updateOrderStatus(id: 3, status: paid) { id } }')).code,
      ],
      soap: [
        (await c.soap.call((s) => s.ListCustomersAsync({}))).code,
        (await c.soap.call((s) => s.CreateProductAsync({ sku: `S-${suffix}`, name: 'S', priceCents: 100, stock: 1, categoryId: 1 }))).code,
        (await c.soap.call((s) => s.UpdateProductAsync({ id: 1, priceCents: 1450 }))).code,
        (await c.soap.call((s) => s.UpdateOrderStatusAsync({ id: 3, status: 'paid' }))).code,
      ],
    };
  };

  it('anonymous callers are UNAUTHENTICATED, customers FORBIDDEN, in all three', async () => {
    const none = await adminCalls('anonymous');
    const customer = await adminCalls('ada');
    for (const protocol of ['rest', 'graphql', 'soap'] as const) {
      expect(none[protocol], protocol).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect(customer[protocol], protocol).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
    const products = await restClient(server.url).call<{ total: number }>('GET', '/rest/products?q=RR-');
    expect(products.value?.total).toBe(0);
  });

  it('the admin may do each of them (order 3 is pending in the seed: REST pays it, GraphQL then conflicts)', async () => {
    const admin = await adminCalls('admin');
    expect(admin.rest).toEqual([undefined, undefined, undefined, undefined]);
    expect(admin.graphql).toEqual([undefined, undefined, undefined, 'CONFLICT']);
    expect(admin.soap).toEqual([undefined, undefined, undefined, 'CONFLICT']);
  });
});

describe('one cart, three protocols', () => {
  it('is filled through GraphQL, read through REST and checked out through SOAP', async () => {
    const token = await restLogin(server.url, 'alan@example.com', demoAccounts.customer.password);
    const gql = graphqlClient(server.url, token);
    await gql.call('mutation { setCartItem(productId: 1, quantity: 2) { totalCents } }');
    const filled = await gql.call<{ setCartItem: { totalCents: number } }>('mutation { setCartItem(productId: 2, quantity: 1) { totalCents } }');
    expect(filled.value?.setCartItem.totalCents).toBe(2 * 1450 + 1290);

    const rest = restClient(server.url, token);
    const cart = await rest.call<{ items: { productId: number; quantity: number }[]; totalCents: number }>('GET', '/rest/cart');
    expect(cart.value).toEqual({ items: [{ productId: 1, quantity: 2 }, { productId: 2, quantity: 1 }], totalCents: 4190 });

    const soap = await soapClient(server.url, token);
    const checkout = await soap.call((s) => s.CheckoutAsync({}));
    const order = checkout.value?.order;
    expect(order).toMatchObject({ status: 'pending', totalCents: 4190 });

    expect((await rest.call<{ id: number; items: unknown[] }>('GET', `/rest/orders/${order?.id}`)).value?.items).toEqual([
      { productId: 1, quantity: 2, unitPriceCents: 1450 },
      { productId: 2, quantity: 1, unitPriceCents: 1290 },
    ]);
    expect((await gql.call<{ cart: { items: unknown[] } }>('{ cart { items { productId } } }')).value?.cart.items).toEqual([]);
  });
});
