import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createTestKit } from '../support/test-kit.js';

const productQuery = 'query($id: ID!) { product(id: $id) { name } }';
const getUrl = (variables: string) => `/graphql?query=${encodeURIComponent(productQuery)}&variables=${encodeURIComponent(variables)}`;
const countCustomers = (kit: ReturnType<typeof createTestKit>) => (kit.db.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n;

interface Answer {
  status: number;
  text: string;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}
const answerOf = async (response: Response): Promise<Answer> => {
  const text = await response.text();
  return { status: response.status, text, errors: (JSON.parse(text) as { errors: Answer['errors'] }).errors };
};

describe('GraphQL requests that cannot be parsed', () => {
  it.each([
    ['not JSON', '{bad'],
    ['an array', '[1]'],
    ['a string', '"x"'],
  ])('GET with variables that are %s → 400 BAD_REQUEST, a plain message', async (_name, variables) => {
    const { app } = createTestKit();
    const answer = await answerOf(await app.request(getUrl(variables), { headers: { accept: 'application/graphql-response+json' } }));
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([{ message: expect.stringMatching(/"variables" parameter/), extensions: { code: 'BAD_REQUEST' } }]);
    expect(answer.text).not.toMatch(/position|SyntaxError|Unexpected token/);
  });

  it('GET with good variables still runs', async () => {
    const { app } = createTestKit();
    const response = await app.request(getUrl('{"id":"1"}'), { headers: { accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { product: { name: string } } }).data.product.name).toEqual(expect.any(String));
  });

  it.each([
    ['a JSON string', '{"query": "{ __typename }", "variables": "{\\"id\\": 1}"}'],
    ['an array', '{"query": "{ __typename }", "variables": [1]}'],
  ])('POST with variables that are %s → 400 BAD_REQUEST', async (_name, body) => {
    const { app } = createTestKit();
    const answer = await answerOf(await app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
    expect(answer.status).toBe(400);
    expect(answer.errors[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it.each([
    ['plain JSON', {}],
    ['a cross-origin request (yoga whole)', { origin: 'https://elsewhere.example' }],
  ])('POST of invalid JSON (%s) → 400 BAD_REQUEST without the parser’s message', async (_name, headers) => {
    const { app } = createTestKit();
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{"query": "{ __typename }", ',
    });
    const answer = await answerOf(response);
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }]);
    expect(answer.text).not.toMatch(/originalError|position|SyntaxError/);
  });

  it('refuses a body that is not UTF-8 with 400 BAD_REQUEST, and stores nothing', async () => {
    const kit = createTestKit();
    const before = countCustomers(kit);
    const mutation = 'mutation($input: RegisterInput!) { register(input: $input) { id name } }';
    const json = JSON.stringify({ query: mutation, variables: { input: { email: 'bytes@example.com', name: 'NAME', password: 'correct horse battery' } } });
    const [head, tail] = json.split('NAME') as [string, string];
    const body = new Blob([head, new Uint8Array([0x4c, 0xff, 0xfe, 0x69, 0x6e]), tail]);
    for (const headers of [{}, { origin: 'https://elsewhere.example' }] as Record<string, string>[]) {
      const answer = await answerOf(await kit.app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }));
      expect(answer.status).toBe(400);
      expect(answer.errors).toEqual([{ message: 'The request body is not valid UTF-8.', extensions: { code: 'BAD_REQUEST' } }]);
    }
    expect(countCustomers(kit)).toBe(before);
  });

  it('logs every masked INTERNAL with its request id', async () => {
    const lines: string[] = [];
    const kit = createTestKit({ logger: createLogger('error', (line) => lines.push(line)) });
    kit.services.catalog.getProduct = () => {
      throw new Error('disk on fire');
    };
    const response = await kit.app.request(getUrl('{"id":"1"}'), { headers: { accept: 'application/json' } });
    const answer = await answerOf(response);
    expect(answer.errors[0]?.extensions).toEqual({ code: 'INTERNAL' });
    expect(answer.text).not.toContain('disk on fire');
    const requestId = response.headers.get('x-request-id');
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({ level: 'error', requestId, error: expect.stringContaining('disk on fire') }),
    );
  });
});
