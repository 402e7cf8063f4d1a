import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { queryLimits } from '../../src/protocols/graphql/armor-plugin.js';
import { errorCodes } from '../support/graphql-requests.js';
import { createTestKit } from '../support/test-kit.js';

const refused = (result: { status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }) => {
  expect(result.status).toBe(400);
  expect(result.body.data).toBeUndefined();
  expect(result.body.errors?.length).toBeGreaterThan(0);
  return result.body.errors!.map((error) => error.extensions?.code);
};

describe('GraphQL refuses hostile queries before running them', () => {
  it('refuses a depth bomb', async () => {
    const { gql } = createTestKit();
    const depth = 'product(id: 1) { category { products(first: 1) { nodes { '.repeat(8);
    const result = await gql(`{ ${depth} id ${'} } } }'.repeat(8)} }`);
    expect(refused(result)).toContain('QUERY_TOO_COMPLEX');
    expect(JSON.stringify(result.body)).toMatch(/depth limit of 12/);
  });

  it('refuses an alias bomb', async () => {
    const { gql } = createTestKit();
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: categories { id }`).join(' ');
    const result = await gql(`{ ${aliases} }`);
    expect(refused(result)).toContain('QUERY_TOO_COMPLEX');
    expect(JSON.stringify(result.body)).toMatch(/Aliases limit of 15/);
  });

  it('refuses a token bomb', async () => {
    const { gql } = createTestKit();
    const result = await gql(`{ ${'__typename '.repeat(10_000)} }`);
    expect(refused(result)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(result.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Token limit of 2000/) });
  });

  it('refuses a directive bomb', async () => {
    const { gql } = createTestKit();
    const result = await gql(`{ categories { id ${'@include(if: true) '.repeat(50)} } }`);
    expect(refused(result)).toContain('QUERY_TOO_COMPLEX');
  });

  it('refuses a short query whose nested pages would multiply into millions of rows', async () => {
    const { gql } = createTestKit();
    const query = '{categories{products(first:100){nodes{category{products(first:100){nodes{category{products(first:100){nodes{id}}}}}}}}}}';
    expect(query.length).toBeLessThan(250);
    const result = await gql(query);
    expect(refused(result)).toContain('QUERY_TOO_COMPLEX');
    expect(JSON.stringify(result.body)).toMatch(new RegExp(`the limit is ${queryLimits.maxObjects}`));
  });

  it('refuses a fragment bomb without expanding it', async () => {
    const { gql } = createTestKit();
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Category { products { nodes { category { ...F${i + 1} ...F${i + 1} } } } }`).join(' ');
    const result = await gql(`{ categories { ...F0 } } ${fragments} fragment F12 on Category { id }`);
    expect(refused(result)).toContain('QUERY_TOO_COMPLEX');
  });

  it('lets an ordinary nested query through', async () => {
    const { gql } = createTestKit();
    const result = await gql('{ products(first: 50) { nodes { id name category { name } reviews(first: 5) { nodes { title author { name } } } } } }');
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  });

  it('hides field suggestions', async () => {
    const { gql } = createTestKit();
    const result = await gql('{ product(id: 1) { nam } }');
    expect(result.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(result.body.errors?.[0]?.message).toMatch(/Suggestion hidden/);
  });

  it('bounds batched requests', async () => {
    const { app } = createTestKit();
    const batch = (n: number) =>
      app.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ categories { id } }' }))),
      });
    const small = await batch(2);
    expect(small.status).toBe(200);
    expect(await small.json()).toHaveLength(2);
    const big = await batch(50);
    expect(big.status).toBe(413);
    expect(JSON.stringify(await big.json())).toMatch(/Batching is limited to 5 operations/);
  });

  it('refuses a body over the cap with a GraphQL-shaped 413', async () => {
    const { app } = createTestKit();
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: `{ categories { id } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/larger than/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('masks an unexpected error and logs it with the request id', async () => {
    const lines: string[] = [];
    const shop = createTestKit({ logger: createLogger('error', (line) => lines.push(line)) });
    shop.services.catalog.listCategories = () => {
      throw new Error('database exploded at /secret/path');
    };
    const result = await shop.gql('{ categories { id } }', {}, { headers: { 'x-request-id': 'req-42' } });
    expect(errorCodes(result)).toEqual(['INTERNAL']);
    expect(JSON.stringify(result.body)).not.toMatch(/exploded|secret|stack/);
    expect(result.body.errors?.[0]?.message).toMatch(/^Unexpected error/);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ level: 'error', requestId: 'req-42', error: expect.stringMatching(/exploded/) }));
  });
});
