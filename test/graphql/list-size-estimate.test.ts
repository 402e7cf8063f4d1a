import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateListSize } from '../../src/protocols/graphql/list-size-estimate.js';
import { loadShopTypeDefs } from '../../src/protocols/graphql/load-type-defs.js';

const schema = buildSchema(loadShopTypeDefs());

/** The estimate at execution (variables known) or, with `variableValues` undefined, at validation. */
function estimate(query: string, variableValues: Record<string, unknown> | undefined, operationName?: string): number {
  const document = parse(query);
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new Error(`No operation ${operationName ?? ''} in the test query`);
  return estimateListSize({ schema, document, operation, variableValues });
}

const objects = (query: string, variableValues: Record<string, unknown> = {}, operationName?: string) => estimate(query, variableValues, operationName);

describe('estimateListSize', () => {
  it('counts each list as its page size times what is below it', () => {
    // orders 5 + nodes 5 + items 5 × 50 + products 5 × 50
    expect(objects('{ orders(first: 5) { nodes { items { product { name } } } } }')).toBe(510);
    expect(objects('query($count: Int) { orders(first: $count) { nodes { items { product { name } } } } }', { count: 5 })).toBe(510);
    expect(objects('query($count: Int) { orders(first: $count) { nodes { items { product { name } } } } }', { count: 100 })).toBe(10_200);
  });

  it('takes the schema’s default for `first`, else the services’ default page of 20', () => {
    // Product.reviews declares `first: Int = 5`: product 1 + reviews 5 + nodes 5
    expect(objects('{ product(id: 1) { reviews { nodes { title } } } }')).toBe(11);
    // Query.orders declares no default: 20 orders + 20 nodes
    expect(objects('{ orders { nodes { id } } }')).toBe(40);
    expect(objects('query($count: Int) { orders(first: $count) { nodes { id } } }', { count: null })).toBe(40);
    expect(objects('query($count: Int = 7) { orders(first: $count) { nodes { id } } }')).toBe(14);
  });

  it('follows fragments and inline fragments with their own types', () => {
    const query = `query($n: Int) { products(first: $n) { ...Page } }
      fragment Page on ProductConnection { nodes { ... on Product { reviews(first: $n) { nodes { id } } } } }`;
    // products 4 + nodes 4 + reviews 4 × 4 + nodes 4 × 4
    expect(objects(query, { n: 4 })).toBe(40);
  });

  it('prices only the operation that runs', () => {
    const document = 'query Small { categories { id } } query Big { products(first: 100) { nodes { reviews(first: 100) { nodes { id } } } } }';
    expect(objects(document, {}, 'Small')).toBe(20);
    expect(objects(document, {}, 'Big')).toBe(20_200);
  });

  it('prices a fragment once, however often it is spread', () => {
    const depth = 60;
    const fragments = Array.from({ length: depth }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const query = `{ ...F0 } ${fragments} fragment F${depth} on Query { categories { id } }`;
    // 2^60 spreads of 20 categories: walking them one by one would never finish.
    expect(objects(query)).toBe(2 ** depth * 20);
  });

  it('prices a variable execution will refuse at one row, so the client hears about the variable', () => {
    expect(objects('query($count: Int) { orders(first: $count) { nodes { id } } }', { count: 'many' })).toBe(2);
  });

  it('before the variables are known, counts each variable page as its smallest', () => {
    const history = 'query($count: Int = 100) { orders(first: $count) { nodes { items { product { name } } } } }';
    // orders 1 + nodes 1 + items 50 + products 50
    expect(estimate(history, undefined)).toBe(102);
    expect(estimate('{ orders(first: 100) { nodes { items { product { name } } } } }', undefined)).toBe(10_200);
  });
});
