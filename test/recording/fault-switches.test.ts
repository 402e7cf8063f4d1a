import { describe, expect, it } from 'vitest';
import { sampleEnvelope, sampleHeaders } from '../../src/protocols/soap/sample-envelope.js';
import { soap11, soap12 } from '../../src/protocols/soap/soap-versions.js';
import { createTestKit } from '../support/test-kit.js';

const gqlInit = (headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ query: '{ product(id: 1) { name } }' }),
});
const soapInit = (version: typeof soap11, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { ...sampleHeaders('GetProduct', version), ...headers },
  body: sampleEnvelope('GetProduct', { id: 1 }, version),
});

describe('X-Playground-Fail in each protocol’s own shape', () => {
  it('REST: problem+json with the asked status, its reason and a shared code', async () => {
    const kit = createTestKit();
    const response = await kit.request('/rest/products/1', { headers: { 'x-playground-fail': '503' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 503, title: 'Service Unavailable', code: 'INTERNAL', type: 'urn:api-playground:problem:injected-failure' });
    const teapot = await kit.request('/rest/products/1', { headers: { 'x-playground-fail': '404' } });
    expect(await teapot.json()).toMatchObject({ status: 404, title: 'Not Found', code: 'NOT_FOUND' });
  });

  it('GraphQL: an error with extensions.code (INTERNAL for 500, SERVICE_UNAVAILABLE for 503)', async () => {
    const kit = createTestKit();
    const failed = await kit.request('/graphql', gqlInit({ 'x-playground-fail': '503' }));
    expect(failed.status).toBe(503);
    const body = (await failed.json()) as { errors: { message: string; extensions: { code: string } }[]; data?: unknown };
    expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.data).toBeUndefined();
    const internal = await kit.request('/graphql', gqlInit({ 'x-playground-fail': '500' }));
    expect(((await internal.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('INTERNAL');
  });

  it('SOAP: a Server fault in 1.1 and a Receiver fault in 1.2, with the asked status', async () => {
    const kit = createTestKit();
    const v11 = await kit.request('/soap', soapInit(soap11, { 'x-playground-fail': '503' }));
    expect(v11.status).toBe(503);
    const text11 = await v11.text();
    expect(text11).toMatch(/<faultcode>env:Server<\/faultcode>/);
    expect(text11).toContain('<code>INTERNAL</code>');
    const v12 = await kit.request('/soap', soapInit(soap12, { 'x-playground-fail': '500' }));
    expect(v12.status).toBe(500);
    expect(await v12.text()).toMatch(/<env:Value>env:Receiver<\/env:Value>/);
  });

  it('refuses a bad header value with a clear 400 in the protocol’s shape, and runs nothing', async () => {
    const kit = createTestKit();
    const rest = await kit.request('/rest/products/1', { headers: { 'x-playground-fail': '200' } });
    expect(rest.status).toBe(400);
    expect(((await rest.json()) as { detail: string }).detail).toMatch(/X-Playground-Fail must be an HTTP error status from 400 to 599/);
    const gql = await kit.request('/graphql', gqlInit({ 'x-playground-delay': '10001' }));
    expect(gql.status).toBe(400);
    expect(JSON.stringify(await gql.json())).toMatch(/X-Playground-Delay must be a whole number of milliseconds from 0 to 10000/);
    const soap = await kit.request('/soap', soapInit(soap11, { 'x-playground-delay': 'soon' }));
    expect(soap.status).toBe(400);
    expect(await soap.text()).toMatch(/<faultcode>env:Client<\/faultcode>[\s\S]*X-Playground-Delay/);
  });

  it('X-Playground-Delay holds the answer back, then answers normally', async () => {
    const kit = createTestKit();
    const started = performance.now();
    const response = await kit.request('/rest/products/1', { headers: { 'x-playground-delay': '120' } });
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });
});

describe('per-shop fault switches', () => {
  it('are off by default; a failure rate of 1 fails every call of that protocol only, until switched off', async () => {
    const kit = createTestKit();
    expect(await (await kit.request('/inspect/faults')).json()).toEqual({
      rest: { delayMs: 0, failureRate: 0, failStatus: 503 },
      graphql: { delayMs: 0, failureRate: 0, failStatus: 503 },
      soap: { delayMs: 0, failureRate: 0, failStatus: 503 },
    });
    const put = (body: unknown) => kit.request('/inspect/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await put({ soap: { failureRate: 1, failStatus: 502 } })).status).toBe(200);
    const soap = await kit.request('/soap', soapInit(soap11));
    expect(soap.status).toBe(502);
    expect(await soap.text()).toContain("fault switches fail 100% of soap calls");
    expect((await kit.request('/rest/products/1')).status).toBe(200);
    expect((await kit.request('/graphql', gqlInit())).status).toBe(200);
    expect((await kit.request('/soap?wsdl')).status).toBe(200);
    await put({ soap: { failureRate: 0 } });
    expect((await kit.request('/soap', soapInit(soap11))).status).toBe(200);
  });

  it('refuses out-of-range switches with problem+json and keeps the old ones', async () => {
    const kit = createTestKit();
    const response = await kit.request('/inspect/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rest: { failureRate: 2, delayMs: 20_000 } }) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: expect.arrayContaining([expect.objectContaining({ path: 'rest.failureRate' })]) });
    expect(((await (await kit.request('/inspect/faults')).json()) as { rest: { failureRate: number } }).rest.failureRate).toBe(0);
  });

  it('records the failed exchange with its status', async () => {
    const kit = createTestKit();
    await kit.request('/rest/products/1', { headers: { 'x-playground-fail': '500' } });
    const [exchange] = (await (await kit.request('/inspect/exchanges?limit=1')).json()) as { status: number; request: { headers: Record<string, string> } }[];
    expect(exchange?.status).toBe(500);
    expect(exchange?.request.headers['x-playground-fail']).toBe('500');
  });
});
