import type { Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createShopYoga } from '../../src/protocols/graphql/create-shop-yoga.js';
import { createGraphqlContext, type ShopContext } from '../../src/protocols/graphql/graphql-context.js';
import { createJsonPostLane } from '../../src/protocols/graphql/json-post-lane.js';
import { createTestShop } from '../support/shop.js';

const productQuery = 'query Product($id: ID!) { product(id: $id) { id name priceCents createdAt category { name } } }';

/** The lane in front of a yoga, counting the requests it hands to yoga whole. */
function setup(plugins: Plugin<ShopContext>[] = []) {
  const { services } = createTestShop();
  const logger = createLogger('silent');
  const yoga = createShopYoga({ logger, plugins });
  let handedOver = 0;
  const lane = createJsonPostLane(
    {
      fetch: ((...args: Parameters<typeof yoga.fetch>) => {
        handedOver += 1;
        return yoga.fetch(...args);
      }) as typeof yoga.fetch,
      getResultForParams: yoga.getResultForParams,
      fetchAPI: yoga.fetchAPI,
    },
    logger,
  );
  const context = () => createGraphqlContext({ services, actor: () => services.auth.anonymous(), requestId: 'test' });
  return { yoga, lane, context, handedOver: () => handedOver };
}

interface Call {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
}

const request = ({ method = 'POST', body, headers = {} }: Call) =>
  new Request('http://localhost/graphql', { method, headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body }) });

async function seen(response: Response) {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

/** The lane's answer and yoga's own answer to the same request. */
async function bothAnswers(call: Call) {
  const { yoga, lane, context, handedOver } = setup();
  const fromLane = await seen(await lane(request(call), context()));
  const fromYoga = await seen(await yoga.fetch(request(call), context()));
  return { fromLane, fromYoga, handedOver: handedOver() };
}

const json = (value: unknown) => JSON.stringify(value);

describe('the JSON POST lane answers exactly as yoga does', () => {
  const plain: [string, Call][] = [
    ['a query with variables', { body: json({ query: productQuery, variables: { id: '2' } }), headers: { accept: 'application/json' } }],
    ['no Accept header', { body: json({ query: '{ categories { slug } }' }) }],
    ['Accept */*', { body: json({ query: '{ categories { slug } }' }), headers: { accept: '*/*' } }],
    ['a syntax error', { body: json({ query: '{ categories { ' }), headers: { accept: 'application/graphql-response+json' } }],
    ['a syntax error as application/json', { body: json({ query: '{ categories { ' }), headers: { accept: 'application/json' } }],
    ['an unknown field', { body: json({ query: '{ categories { colour } }' }), headers: { accept: 'application/graphql-response+json' } }],
    ['a variable of the wrong type', { body: json({ query: productQuery, variables: { id: { no: 1 } } }), headers: { accept: 'application/json' } }],
    ['a missing variable', { body: json({ query: productQuery }), headers: { accept: 'application/graphql-response+json' } }],
    ['a product that does not exist', { body: json({ query: productQuery, variables: { id: '99999' } }), headers: { accept: 'application/json' } }],
    ['an id that is not one', { body: json({ query: productQuery, variables: { id: 'abc' } }), headers: { accept: 'application/json' } }],
    ['a write without credentials', { body: json({ query: 'mutation { logout }' }), headers: { accept: 'application/json' } }],
    ['a query too deep', { body: json({ query: `{ categories { ${'products { nodes { category { '.repeat(5)} id ${'} } }'.repeat(5)} } }` }), headers: { accept: 'application/graphql-response+json' } }],
    ['variable page sizes over the object limit', {
      body: json({ query: 'query($n: Int) { products(first: $n) { nodes { reviews(first: $n) { nodes { id } } } } }', variables: { n: 100 } }),
      headers: { accept: 'application/graphql-response+json' },
    }],
    ['a chosen operation', { body: json({ query: 'query A { categories { id } } query B { product(id: 1) { id } }', operationName: 'B' }), headers: { accept: 'application/json' } }],
    ['an operation that is not there', { body: json({ query: 'query A { categories { id } }', operationName: 'C' }), headers: { accept: 'application/json' } }],
    ['null variables and extensions', { body: json({ query: '{ categories { id } }', variables: null, extensions: null }), headers: { accept: 'application/json' } }],
  ];
  it.each(plain)('%s, without handing it to yoga', async (_name, call) => {
    const { fromLane, fromYoga, handedOver } = await bothAnswers(call);
    expect(fromLane).toEqual(fromYoga);
    expect(handedOver).toBe(0);
  });

  const handedToYoga: [string, Call][] = [
    ['a batch', { body: json([{ query: '{ categories { id } }' }, { query: '{ product(id: 1) { id } }' }]), headers: { accept: 'application/json' } }],
    ['invalid JSON', { body: '{"query": ', headers: { accept: 'application/json' } }],
    ['an empty body', { body: '', headers: { accept: 'application/json' } }],
    ['a body that is not an object', { body: '"{ categories { id } }"', headers: { accept: 'application/json' } }],
    ['an unexpected parameter', { body: json({ query: '{ categories { id } }', variable: {} }), headers: { accept: 'application/json' } }],
    ['a query that is not a string', { body: json({ query: 42 }), headers: { accept: 'application/json' } }],
    ['variables that are a list', { body: json({ query: '{ categories { id } }', variables: [1] }), headers: { accept: 'application/json' } }],
    ['a subscription asked for as JSON', { body: json({ query: 'subscription { orderStatusChanged(orderId: "1") { id } }' }), headers: { accept: 'application/json' } }],
    ['a cross-origin request (CORS headers)', { body: json({ query: '{ categories { id } }' }), headers: { accept: 'application/json', origin: 'https://example.com' } }],
    ['another media type', { body: json({ query: '{ categories { id } }' }), headers: { accept: 'application/graphql-response+json, application/json;q=0.9' } }],
    ['a GET', { method: 'GET', headers: { accept: 'application/json' } }],
  ];
  it.each(handedToYoga)('%s, by handing it to yoga whole', async (_name, call) => {
    const { fromLane, fromYoga, handedOver } = await bothAnswers(call);
    expect(fromLane).toEqual(fromYoga);
    expect(handedOver).toBe(1);
  });
});

describe('repeated documents', () => {
  it('are parsed and validated once, however often they come', async () => {
    const documents: unknown[] = [];
    const validations: unknown[] = [];
    const observer: Plugin<ShopContext> = {
      onParse: () => ({ result }) => void documents.push(result),
      onValidate: () => ({ result }) => void validations.push(result),
    };
    const { lane, context } = setup([observer]);
    const ask = async (query: string, id: string) => {
      const response = await lane(request({ body: json({ query, variables: { id } }), headers: { accept: 'application/json' } }), context());
      return (await response.json()) as { data: { product: { id: string } } };
    };
    for (const id of ['1', '2', '3']) expect((await ask(productQuery, id)).data.product.id).toBe(id);
    expect(new Set(documents).size).toBe(1);
    expect(new Set(validations).size).toBe(1);
    // Another text is another document, parsed and validated on its own.
    await ask(`${productQuery} `, '4');
    expect(new Set(documents).size).toBe(2);
    expect(new Set(validations).size).toBe(2);
  });

  it('run the operation each request names, even from one cached document', async () => {
    const { lane, context } = setup();
    const query = 'query Categories { categories { slug } } query One { product(id: 1) { id } }';
    const run = async (operationName: string) =>
      (await lane(request({ body: json({ query, operationName }), headers: { accept: 'application/json' } }), context()).then((r) => r.json())) as {
        data: Record<string, unknown>;
      };
    for (const name of ['One', 'Categories', 'One', 'Categories']) {
      expect(Object.keys((await run(name)).data)).toEqual([name === 'One' ? 'product' : 'categories']);
    }
  });
});
