import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { productsWithReviewsQuery } from '../../src/protocols/graphql/graphiql-options.js';
import { createTestKit } from '../support/test-kit.js';

const query = '{ categories { slug } }';

describe('GraphQL over HTTP', () => {
  it('answers POST JSON with application/graphql-response+json when asked, application/json otherwise', async () => {
    const { app } = createTestKit();
    const post = (accept?: string) =>
      app.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query }),
      });
    const modern = await post('application/graphql-response+json');
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await modern.json()).toMatchObject({ data: { categories: expect.any(Array) } });
    const classic = await post('application/json');
    expect(classic.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await post()).status).toBe(200);
  });

  it('answers GET with query parameters, and refuses a mutation over GET', async () => {
    const { app } = createTestKit();
    const get = await app.request(`/graphql?query=${encodeURIComponent('query($id: ID!) { product(id: $id) { id } }')}&variables=${encodeURIComponent('{"id":"3"}')}`, {
      headers: { accept: 'application/json' },
    });
    expect(await get.json()).toEqual({ data: { product: { id: '3' } } });
    const mutation = await app.request(`/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers: { accept: 'application/json' } });
    expect(mutation.status).toBe(405);
  });

  it('answers request errors with 4xx under application/graphql-response+json', async () => {
    const { app } = createTestKit();
    const syntax = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ categories { ' }),
    });
    expect(syntax.status).toBe(400);
    expect(await syntax.json()).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
    const notJson = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: '{ not json',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ errors: [expect.objectContaining({ message: expect.any(String) })] });
  });

  it('lets any origin call it with a token, never with the visitor’s cookie', async () => {
    const { app } = createTestKit();
    const preflight = await app.request('/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://elsewhere.example');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    // Without Allow-Credentials the browser neither sends the cookie nor shows a cookie-authenticated answer.
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('runs the query GraphiQL opens with', async () => {
    const { gql } = createTestKit();
    const result = await gql<{ products: { nodes: { reviews: { nodes: { author: { name: string } }[] } }[] } }>(productsWithReviewsQuery);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.products.nodes).toHaveLength(5);
  });

  it('answers the full introspection query GraphiQL sends', async () => {
    const { gql } = createTestKit();
    const result = await gql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true, schemaDescription: true }));
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toHaveProperty('__schema.queryType.name', 'Query');
  });

  it('serves GraphiQL to browsers with every asset inlined', async () => {
    const { app } = createTestKit();
    const page = await app.request('/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('ProductsWithReviews');
    // No <script src>, <link href> or CSS import reaches outside this server.
    const external = [...html.matchAll(/<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map((m) => m[1]);
    expect(external).toEqual([]);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdn\./i);
  });
});
