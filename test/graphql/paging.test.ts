import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/protocols/graphql/connections.js';
import { errorCodes, type GraphqlResult } from '../support/graphql-requests.js';
import { createTestKit } from '../support/test-kit.js';

type Connection = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string }[];
};
const pageQuery = `query($first: Int, $after: String) {
  products(first: $first, after: $after, sort: [{ field: priceCents, direction: desc }]) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id }
  }
}`;

describe('GraphQL connections', () => {
  it('walks all products page by page: after continues exactly, hasNextPage is right', async () => {
    const { gql, services } = createTestKit();
    const expected = services.catalog.listProducts({ sort: [{ field: 'priceCents', direction: 'desc' }], limit: 100 }).items.map((p) => String(p.id));
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const result: GraphqlResult<{ products: Connection }> = await gql<{ products: Connection }>(pageQuery, { first: 15, after });
      const connection: Connection = result.body.data!.products;
      expect(connection.nodes).toEqual(connection.edges.map((edge) => edge.node));
      expect(connection.pageInfo.hasPreviousPage).toBe(page > 0);
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      seen.push(...connection.nodes.map((node) => node.id));
      expect(connection.pageInfo.hasNextPage).toBe(seen.length < expected.length);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('gives the same cursors for the same filter and sort, and any edge cursor continues after its node', async () => {
    const { gql } = createTestKit();
    const first = await gql<{ products: Connection }>(pageQuery, { first: 10 });
    const again = await gql<{ products: Connection }>(pageQuery, { first: 10 });
    expect(again.body.data).toEqual(first.body.data);
    const edges = first.body.data!.products.edges;
    const fromMiddle = await gql<{ products: Connection }>(pageQuery, { first: 3, after: edges[4]!.cursor });
    expect(fromMiddle.body.data!.products.nodes).toEqual(edges.slice(5, 8).map((edge) => edge.node));
  });

  it('keeps cursors opaque but decodable only when this API issued them', () => {
    expect(decodeCursor(encodeCursor(42))).toBe(42);
    expect(() => decodeCursor('bm9wZQ==')).toThrow(/Not a cursor/);
  });

  it('refuses a forged cursor and a page size out of range, naming the GraphQL argument', async () => {
    const { gql } = createTestKit();
    const forged = await gql(pageQuery, { first: 5, after: 'garbage' });
    expect(forged.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'after' }] });
    const tooBig = await gql(pageQuery, { first: 101 });
    expect(tooBig.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'first' }] });
    expect(errorCodes(await gql(pageQuery, { first: 0 }))).toEqual(['VALIDATION_FAILED']);
  });

  it('answers an empty page past the end with null cursors', async () => {
    const { gql } = createTestKit();
    const last = await gql<{ products: Connection }>(pageQuery, { first: 5, after: encodeCursor(49) });
    expect(last.body.data!.products).toMatchObject({
      totalCount: 50,
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });
});
