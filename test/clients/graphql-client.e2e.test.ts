import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphqlClient, graphqlErrorAnswer, GraphqlRequestError } from '../../clients/graphql/client.js';
import { LoginDocument, OrderHistoryDocument, PlaceOrderDocument, ProductCardDocument } from '../../clients/graphql/generated/graphql.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { startServer, type RunningServer } from '../../src/server.js';

describe('GraphQL client (typed documents over fetch) against the real server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
  });
  afterAll(() => server.close());

  it('sends a typed document and returns its typed data', async () => {
    const { product } = await createGraphqlClient(server.url).request(ProductCardDocument, { id: '1' });
    expect(product).toEqual({ id: '1', name: 'Ethiopia Yirgacheffe 250 g', priceCents: 1450, category: { name: 'Coffee' } });
  });

  it('throws a GraphqlRequestError with the extensions when the response has errors', async () => {
    const failure = await createGraphqlClient(server.url).request(ProductCardDocument, { id: '999999' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GraphqlRequestError);
    expect(graphqlErrorAnswer(failure)).toEqual({ error: { code: 'NOT_FOUND', fields: [] } });
  });

  it('sends the bearer token it was built with', async () => {
    const { login } = await createGraphqlClient(server.url).request(LoginDocument, { email: 'grace@example.com', password: demoAccounts.customer.password });
    const signedIn = createGraphqlClient(server.url, login.token);
    const { orders } = await signedIn.request(OrderHistoryDocument, {});
    expect(orders.nodes.length).toBeGreaterThan(0);
    const invalid = await signedIn.request(PlaceOrderDocument, { items: [{ productId: '1', quantity: 0 }] }).catch(graphqlErrorAnswer);
    expect(invalid).toEqual({ error: { code: 'VALIDATION_FAILED', fields: ['items.0.quantity'] } });
  });

  it('rethrows what is not a GraphQL error', () => {
    const boom = new Error('network down');
    expect(() => graphqlErrorAnswer(boom)).toThrow(boom);
  });
});
