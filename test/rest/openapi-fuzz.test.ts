import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestKit } from '../support/test-kit.js';
import { arbitraryOf, type Components, type Schema } from './openapi-arbitraries.js';

/**
 * The document and the server cannot drift: requests generated from /openapi.json itself (every
 * parameter and body valid against its schema) go to every operation, and each answer must be
 * one the operation documents, its body valid against the documented schema. A 422 is allowed
 * only for a rule the document states in words (below), never for a limit it leaves out.
 */

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}
interface Operation {
  operationId: string;
  description?: string;
  parameters?: Parameter[];
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Components };
}

/** Cross-field rules a schema cannot say, stated in the document's words: the only 422s a valid request may get. */
const statedRules = [
  { path: /^minPriceCents$/, message: /^minPriceCents must not exceed maxPriceCents\.$/, documentSays: 'Must not exceed `maxPriceCents`.' },
  { path: /^items$/, message: /^Each product may appear once; raise its quantity instead\.$/, documentSays: 'each product may appear once' },
  { path: /^items\.\d+\.productId$/, message: /^No such product\.$/, documentSays: 'Each `productId` must name an existing product (else 422)' },
  { path: /^categoryId$/, message: /^Category \d+ does not exist\.$/, documentSays: '`categoryId` must name an existing category (else 422)' },
];

const kit = createTestKit();
const document = (await (await kit.request('/openapi.json')).json()) as Document;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const validatorOf = (schema: Schema) => ajv.compile({ ...schema, components: document.components });

interface Request {
  path: string;
  query: Record<string, unknown>;
  body?: unknown;
}

function requestsFor(path: string, operation: Operation): fc.Arbitrary<Request> {
  const parameters = operation.parameters ?? [];
  const inPath = Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, arbitraryOf(p.schema, document.components.schemas)]));
  const inQuery = parameters.filter((p) => p.in === 'query');
  const query = fc.record(Object.fromEntries(inQuery.map((p) => [p.name, arbitraryOf(p.schema, document.components.schemas)])), {
    requiredKeys: inQuery.filter((p) => p.required).map((p) => p.name),
  });
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const body = bodySchema ? arbitraryOf(bodySchema, document.components.schemas) : fc.constant(undefined);
  return fc.record({ params: fc.record(inPath), query, body }).map(({ params, query: values, body: json }) => ({
    path: path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name]))),
    query: values,
    ...(json === undefined ? {} : { body: json }),
  }));
}

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);

describe('schema-valid requests to every operation of /openapi.json', () => {
  it('the document states every cross-field rule it lets through', () => {
    const text = JSON.stringify(document);
    for (const rule of statedRules) expect(text).toContain(rule.documentSays);
  });

  it.each(operations.map((entry) => [`${entry.method} ${entry.path}`, entry] as const))(
    '%s: answers only what the document says, and refuses nothing it allows',
    { timeout: 60_000 },
    async (_, { path, method, operation }) => {
      const validators = new Map<string, ReturnType<typeof validatorOf>>();
      await fc.assert(
        fc.asyncProperty(requestsFor(path, operation), async ({ path: target, query, body }) => {
          const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)]));
          const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
          // A fresh admin session each time: an operation may end it (logout) or the one before may have.
          if (operation.security?.length) headers.authorization = `Bearer ${await kit.tokenFor('admin')}`;
          const response = await kit.request(`${target}${search.size > 0 ? `?${search}` : ''}`, {
            method,
            headers,
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          });
          const where = `${method} ${target}?${search} ${JSON.stringify(body)?.slice(0, 300)} → ${response.status}`;
          const documented = operation.responses[String(response.status)];
          expect(documented, `undocumented status: ${where}`).toBeDefined();
          const mediaType = response.headers.get('content-type')?.split(';')[0] ?? '';
          if (response.status === 204 || response.status === 304) return;
          const content = documented?.content?.[mediaType];
          expect(content, `undocumented media type ${mediaType}: ${where}`).toBeDefined();
          const payload: unknown = await response.json();
          const key = `${response.status} ${mediaType}`;
          const validate = validators.get(key) ?? validatorOf(content!.schema);
          validators.set(key, validate);
          expect(validate(payload) ? [] : validate.errors, `body outside the document: ${where}`).toEqual([]);
          if (response.status === 422) {
            const { errors } = payload as { errors: { path: string; message: string }[] };
            const unstated = errors.filter((error) => !statedRules.some((rule) => rule.path.test(error.path) && rule.message.test(error.message)));
            expect(unstated, `a 422 the document does not state: ${where}`).toEqual([]);
          }
        }),
        // Bounded and seeded for the suite; FUZZ_RUNS=500 FUZZ_SEED=<n> digs deeper by hand.
        { numRuns: Number(process.env.FUZZ_RUNS ?? 12), seed: Number(process.env.FUZZ_SEED ?? 20261206) },
      );
    },
  );
});
