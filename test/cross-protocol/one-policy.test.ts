import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShopSoapClient, shopFaultOf, type ShopClient } from '../../clients/soap/shop-soap-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * The README's "One policy, three protocols": the same credentials get the same outcome, and
 * the same bad value the same message, whichever protocol carries them. SOAP names fields as
 * its XSD does (`minPriceCents`, an element of <ListProducts>), GraphQL as its input does
 * (`filter.minPriceCents`), REST as its query parameter (`minPriceCents`).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface FieldError {
  path: string;
  message: string;
}
interface Answer {
  ok: boolean;
  code?: string;
  fields: FieldError[];
}

const rest = async (path: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const response = await fetch(`${server.url}${path}`, { headers });
  const body = (await response.json()) as { code?: string; errors?: FieldError[] };
  return { ok: response.ok, code: body.code, fields: body.errors ?? [] };
};

const graphql = async (query: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string; fields?: FieldError[] } }[] };
  const error = body.errors?.[0];
  return { ok: !error, code: error?.extensions?.code, fields: error?.extensions?.fields ?? [] };
};

const soap = async (run: (client: ShopClient) => Promise<unknown>, headers: Record<string, string> = {}): Promise<Answer> => {
  const client = await createShopSoapClient(server.url);
  for (const [name, value] of Object.entries(headers)) client.addHttpHeader(name, value);
  try {
    await run(client);
    return { ok: true, fields: [] };
  } catch (error) {
    const fault = shopFaultOf(error);
    if (!fault) throw error;
    return { ok: false, code: fault.code, fields: fault.fields };
  }
};

const badCredentials: Record<string, Record<string, string>> = {
  'a made-up bearer token': { authorization: 'Bearer made-up-token' },
  'an empty bearer token': { authorization: 'Bearer ' },
  'another scheme': { authorization: 'Basic YWRhOng=' },
  'a dead session cookie': { cookie: 'shop_session=made-up' },
};

describe('bad, garbage or expired credentials', () => {
  it('on a public read: answered as anonymous in REST, GraphQL and SOAP', async () => {
    for (const [what, headers] of Object.entries(badCredentials)) {
      const outcomes = [
        await rest('/rest/products/1', headers),
        await graphql('{ product(id: 1) { id } }', headers),
        await soap((client) => client.GetProductAsync({ id: 1 }), headers),
      ];
      expect(outcomes.map((outcome) => outcome.ok), what).toEqual([true, true, true]);
    }
  });

  it('an expired session too: public reads answer, what needs a caller is UNAUTHENTICATED everywhere', async () => {
    const token = await server.tokenFor('customer');
    server.services.auth.logout(server.services.auth.authenticateToken(token));
    const headers = { authorization: `Bearer ${token}` };
    const publicReads = [
      await rest('/rest/products/1', headers),
      await graphql('{ product(id: 1) { id } }', headers),
      await soap((client) => client.GetProductAsync({ id: 1 }), headers),
    ];
    expect(publicReads.map((outcome) => outcome.ok)).toEqual([true, true, true]);
    const ownData = [
      await rest('/rest/me', headers),
      await graphql('{ me { id } }', headers),
      await soap((client) => client.GetMeAsync({}), headers),
    ];
    expect(ownData.map((outcome) => outcome.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('on an operation that needs a caller: UNAUTHENTICATED in all three', async () => {
    for (const [what, headers] of Object.entries(badCredentials)) {
      const outcomes = [
        await rest('/rest/me', headers),
        await graphql('{ me { id } }', headers),
        await soap((client) => client.GetMeAsync({}), headers),
      ];
      expect(outcomes.map((outcome) => outcome.code), what).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    }
  });
});

describe('the same bad value', () => {
  it('a negative price filter: the same message in all three, at each protocol’s own name for the field', async () => {
    const outcomes = {
      rest: await rest('/rest/products?minPriceCents=-5'),
      graphql: await graphql('{ products(filter: { minPriceCents: -5 }) { totalCount } }'),
      soap: await soap((client) => client.ListProductsAsync({ minPriceCents: -5 })),
    };
    expect(outcomes).toEqual({
      rest: { ok: false, code: 'VALIDATION_FAILED', fields: [{ path: 'minPriceCents', message: 'Must be at least 0.' }] },
      graphql: { ok: false, code: 'VALIDATION_FAILED', fields: [{ path: 'filter.minPriceCents', message: 'Must be at least 0.' }] },
      soap: { ok: false, code: 'VALIDATION_FAILED', fields: [{ path: 'minPriceCents', message: 'Must be at least 0.' }] },
    });
  });

  it('a page size over the limit and a price range upside down: the same messages too', async () => {
    const tooMany = {
      rest: await rest('/rest/products?limit=101'),
      graphql: await graphql('{ products(first: 101) { totalCount } }'),
      soap: await soap((client) => client.ListProductsAsync({ limit: 101 })),
    };
    expect(Object.values(tooMany).map((outcome) => outcome.fields)).toEqual([
      [{ path: 'limit', message: 'Must be at most 100.' }],
      [{ path: 'first', message: 'Must be at most 100.' }],
      [{ path: 'limit', message: 'Must be at most 100.' }],
    ]);
    const upsideDown = {
      rest: await rest('/rest/products?minPriceCents=3000&maxPriceCents=1000'),
      graphql: await graphql('{ products(filter: { minPriceCents: 3000, maxPriceCents: 1000 }) { totalCount } }'),
      soap: await soap((client) => client.ListProductsAsync({ minPriceCents: 3000, maxPriceCents: 1000 })),
    };
    const message = 'minPriceCents must not exceed maxPriceCents.';
    expect(Object.values(upsideDown).map((outcome) => outcome.fields)).toEqual([
      [{ path: 'minPriceCents', message }],
      [{ path: 'filter.minPriceCents', message }],
      [{ path: 'minPriceCents', message }],
    ]);
  });
});
