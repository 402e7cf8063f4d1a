import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createTestKit, testLogins } from '../support/test-kit.js';

function kitWithLog(level: 'info' | 'warn' = 'info') {
  const lines: string[] = [];
  const kit = createTestKit({ logger: createLogger(level, (line) => lines.push(line)) });
  const requests = () => lines.map((line) => JSON.parse(line) as { message: string; request?: Record<string, unknown> }).filter((entry) => entry.request);
  return { kit, lines, requests };
}

describe('request log', () => {
  it('writes one line per request, pages included, with method, path, status, ms, protocol, operation and request id', async () => {
    const { kit, requests } = kitWithLog();
    const health = await kit.request('/health');
    await kit.request('/rest/products?limit=1');
    await kit.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query One { product(id: 1) { name } }' }) });
    const logged = requests();
    expect(logged).toHaveLength(3);
    expect(logged[0]?.request).toEqual({ method: 'GET', path: '/health', status: 200, ms: expect.any(Number), requestId: health.headers.get('x-request-id') });
    expect(logged[1]?.request).toMatchObject({ method: 'GET', path: '/rest/products?limit=1', status: 200, protocol: 'rest', operation: 'GET /rest/products' });
    expect(logged[2]?.request).toMatchObject({ protocol: 'graphql', operation: 'query One' });
    expect(logged[1]?.message).toMatch(/^GET \/rest\/products\?limit=1 200 [\d.]+ ms · rest GET \/rest\/products · /);
  });

  it('never logs a secret: no header or body, query secrets masked', async () => {
    const { kit, lines } = kitWithLog();
    const { email, password } = testLogins.customer;
    const login = await kit.request('/rest/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const { token } = (await login.json()) as { token: string };
    await kit.request('/rest/me', { headers: { authorization: `Bearer ${token}` } });
    await kit.request(`/graphql?query=${encodeURIComponent(`mutation { login(email: "${email}", password: "${password}") { token } }`)}`);
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toContain(password);
    expect(lines.join('\n')).not.toContain(token);
  });

  it('honours the level: nothing at warn', async () => {
    const { kit, lines } = kitWithLog('warn');
    await kit.request('/health');
    expect(lines).toEqual([]);
  });
});
