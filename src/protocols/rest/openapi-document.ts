import { createRestRoutes } from './rest-routes.js';

const description = `
One online shop, served as REST here (and as GraphQL at \`/graphql\` and SOAP at \`/soap\` on the same data).

**Authentication.** \`POST /rest/auth/login\` with a demo account (listed on the home page, e.g. \`ada@example.com\`)
returns a \`token\`: send it as \`Authorization: Bearer <token>\` (in this console: *Authentication* → bearerAuth).
Browsers also receive it as the \`shop_session\` cookie. Anonymous callers may read the catalogue; customers
manage their own cart, orders and reviews; admins may do everything.

**Lists** answer \`{ items, total, limit, offset }\` with \`X-Total-Count\` and RFC 8288 \`Link\` headers
(\`first\`, \`prev\`, \`next\`, \`last\`). Page with \`limit\` (1–100, default 20) and \`offset\`; sort with
\`sort=priceCents,-createdAt\` (\`-\` for descending).

**Shaping products.** \`include=category,reviews\` embeds related data (REST's answer to under-fetching);
\`fields=id,name,priceCents\` returns only those fields (its answer to over-fetching).

**Caching.** GET responses carry a weak \`ETag\`; send it back as \`If-None-Match\` to get \`304 Not Modified\`.
Your own resources (orders, cart, profile) are \`Cache-Control: private\` and vary by credentials.

**Errors** are \`application/problem+json\` (RFC 9457): \`type\`, \`title\`, \`status\`, \`detail\`, \`instance\`,
plus \`code\` (the same code GraphQL and SOAP report), \`errors\` (\`[{ path, message }]\` per invalid field) and
\`requestId\`. Codes: \`VALIDATION_FAILED\` (400, 413, 415, 422), \`UNAUTHENTICATED\` (401), \`FORBIDDEN\` (403),
\`NOT_FOUND\` (404, 405), \`CONFLICT\` and \`OUT_OF_STOCK\` (409), \`RATE_LIMITED\` (429, with \`Retry-After\`),
\`INTERNAL\` (500). Request bodies are strict: an unknown field (say \`role\` or \`status\`) is refused with 422.
`.trim();

export const documentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'API Playground shop — REST API',
    version: '1.0.0',
    description,
    license: { name: 'MIT', identifier: 'MIT' },
  },
  // Relative: the document is right for whichever host serves it.
  servers: [{ url: '/', description: 'The server that serves this document' }],
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
