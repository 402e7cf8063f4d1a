import { createRestRoutes } from './rest-routes.js';

const description = `
One online shop, served as REST here (and as GraphQL at \`/graphql\` and SOAP at \`/soap\` on the same data).

**Authentication.** \`POST /rest/auth/login\` with a demo account (listed on the home page, e.g. \`ada@example.com\`)
returns a \`token\`: send it as \`Authorization: Bearer <token>\`. Browsers (this console too) also receive it as the
\`shop_session\` session cookie, which then authenticates every request that carries no \`Authorization\` header.
A session ends after 30 minutes unused (\`expiresAt\`) and at the latest 12 hours after login (\`sessionEndsAt\`).
Anonymous callers may read the catalogue (operations with \`security: []\`: credentials sent to them are not looked at);
customers manage their own cart, orders and reviews; admins may do everything.

**Lists** answer \`{ items, total, limit, offset }\` with \`X-Total-Count\` and RFC 8288 \`Link\` headers
(\`first\`, \`prev\`, \`next\`, \`last\`). Page with \`limit\` (1–100, default 20) and \`offset\`; sort with
\`sort=priceCents,-createdAt\` (\`-\` for descending).

**Shaping products.** \`include=category,reviews\` embeds related data (REST's answer to under-fetching);
\`fields=id,name,priceCents\` on the list, or \`GET /rest/products/{id}/fields/id,name,priceCents\` for one product,
returns only those fields (its answer to over-fetching). The plain read of a product always has every field.

**Caching.** GET responses carry a weak \`ETag\`; send it back as \`If-None-Match\` to get \`304 Not Modified\`.
Your own resources (orders, cart, profile) are \`Cache-Control: private\` and vary by credentials.

**Errors** are \`application/problem+json\` (RFC 9457): \`type\`, \`title\`, \`status\`, \`detail\`, \`instance\`,
plus \`code\` (the same code GraphQL and SOAP report), \`errors\` (\`[{ path, message }]\` per invalid field) and
\`requestId\`. Codes: \`VALIDATION_FAILED\` (400, 413, 415, 422), \`UNAUTHENTICATED\` (401), \`FORBIDDEN\` (403),
\`NOT_FOUND\` (404), \`METHOD_NOT_ALLOWED\` (405, with \`Allow\`), \`NOT_ACCEPTABLE\` (406: the \`Accept\` header
names no JSON type), \`CONFLICT\` and \`OUT_OF_STOCK\` (409), \`RATE_LIMITED\` (429, with \`Retry-After\`),
\`INTERNAL\` (500). Request bodies are strict: an unknown field (say \`role\` or \`status\`) is refused with 422.
Every limit the server checks is in this document (ranges, lengths, patterns); text lengths count the text as sent,
before surrounding spaces are trimmed.
`.trim();

export const documentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'API Playground shop — REST API',
    version: '1.0.0',
    description,
    license: { name: 'MIT', identifier: 'MIT' },
    contact: { name: 'API Playground (the home page)', url: 'http://127.0.0.1:3000/' },
  },
  // The committed copy names the default address; /openapi.json names the origin it was fetched from.
  servers: [{ url: 'http://127.0.0.1:3000', description: '`npm start` with the default HOST and PORT' }],
  tags: [
    { name: 'Catalogue', description: 'Categories and products: anyone may read, admins write.' },
    { name: 'Reviews', description: 'What customers think of a product.' },
    { name: 'Account', description: 'Sign up, log in, log out, and who you are.' },
    { name: 'Orders', description: 'Your orders (all orders, for admins).' },
    { name: 'Cart', description: 'Your server-side cart, and checkout.' },
    { name: 'Customers', description: 'Accounts (admins; customers see only themselves).' },
  ],
};

/** The OpenAPI 3.1 document of the REST routes: served at /openapi.json and committed as schemas/openapi.json. */
export function buildOpenApiDocument() {
  return createRestRoutes().getOpenAPI31Document(documentConfig);
}

/** The committed form: two-space JSON with a final newline, keys in the generator's (deterministic) order. */
export const serializeOpenApiDocument = (): string => `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
