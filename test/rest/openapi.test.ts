import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createRestRoutes } from '../../src/protocols/rest/rest-routes.js';
import { serializeOpenApiDocument } from '../../src/protocols/rest/openapi-document.js';
import { openApiDocumentPath } from '../../scripts/generate-openapi.js';
import { createTestKit } from '../support/test-kit.js';

interface Operation {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}
interface Document {
  openapi: string;
  info: { title: string; description: string };
  paths: Record<string, Record<string, Operation>>;
  servers: { url: string; description?: string }[];
  components: { securitySchemes: Record<string, { type: string; scheme?: string; in?: string; name?: string }>; schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const fetchDocument = async (): Promise<Document> => {
  const { request } = createTestKit();
  const response = await request('/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
};

const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document with an operationId and summary on every operation', async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.description.length).toBeGreaterThan(200);
    const operations = operationsOf(document);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][a-zA-Z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.every(({ operation }) => operation.summary)).toBe(true);
    expect(ids).toEqual(expect.arrayContaining(['listProducts', 'getProduct', 'login', 'getMe', 'placeOrder', 'checkout', 'listCustomers']));
  });

  it('documents every REST route the app serves, and nothing else', async () => {
    const document = await fetchDocument();
    const documented = operationsOf(document).map(({ path, method }) => `${method.toUpperCase()} ${path}`).sort();
    const served = createRestRoutes()
      .routes.filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(served)].sort()).toEqual(documented);
    expect(documented).toHaveLength(25);
  });

  it('declares bearer and cookie security and uses them on protected operations', async () => {
    const document = await fetchDocument();
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.components.securitySchemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'shop_session' });
    const protectedIds = ['createProduct', 'getMe', 'listOrders', 'getCart', 'listCustomers', 'logout'];
    for (const { operation } of operationsOf(document)) {
      if (protectedIds.includes(operation.operationId ?? '')) expect(operation.security).toEqual([{ sessionCookie: [] }, { bearerAuth: [] }]);
      expect(operation.responses['500']?.content).toHaveProperty(['application/problem+json']);
      if (operation.responses['401']) expect(operation.responses['401'].content).toHaveProperty(['application/problem+json']);
    }
  });

  it('types path ids as required integers and never exposes a password or a reviewer’s email', async () => {
    const document = await fetchDocument();
    const parameters = (document.paths['/rest/products/{id}']?.get as unknown as { parameters: { name: string; in: string; required: boolean; schema: { type: string } }[] }).parameters;
    expect(parameters.find((p) => p.in === 'path')).toMatchObject({ name: 'id', required: true, schema: { type: 'integer' } });
    expect(Object.keys(document.components.schemas.Customer?.properties ?? {}).sort()).toEqual(['createdAt', 'email', 'id', 'name', 'role']);
    // A review's author is public: the contract gives anyone its id and name, nothing else.
    expect(Object.keys(document.components.schemas.Reviewer?.properties ?? {}).sort()).toEqual(['id', 'name']);
    expect(JSON.stringify(document.components.schemas)).not.toMatch(/passwordHash/);
  });

  it('matches the committed schemas/openapi.json (run scripts/generate-openapi.ts after changing a route)', async () => {
    const committed = await readFile(openApiDocumentPath, 'utf8');
    expect(committed).toBe(serializeOpenApiDocument());
    // Served, `servers` is the origin the document was fetched from (absolute: generated snippets run as shown).
    const served = await fetchDocument();
    expect(served.servers).toEqual([{ url: 'http://localhost', description: expect.any(String) }]);
    expect({ ...JSON.parse(committed), servers: served.servers }).toEqual(served);
  });
});

describe('GET /docs', () => {
  it('serves the Scalar page wired to our document and local script, with no CDN', async () => {
    const { request } = createTestKit();
    const response = await request('/docs');
    expect(response.status).toBe(200);
    const html = await response.text();
    // Relative, so a sandbox's /s/{id}/docs reads its own document and bundle.
    expect(html).toContain('<script src="docs/scalar.js">');
    expect(html).toContain('"url": "openapi.json"');
    // No preferred scheme: Scalar would send an empty `Authorization: Bearer` on every Try-it until a token is pasted.
    expect(html).not.toContain('preferredSecurityScheme');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves the Scalar bundle itself, cacheable', async () => {
    const { request } = createTestKit();
    const response = await request('/docs/scalar.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toContain('max-age=');
    expect((await response.text()).length).toBeGreaterThan(1_000_000);
  });
});
