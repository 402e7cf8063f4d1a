import { describe, expect, it } from 'vitest';
import { databaseState, faultIn } from '../support/soap-requests.js';
import { createTestKit } from '../support/test-kit.js';

const ns = 'http://api-playground.example/shop/v1';
// "Li" + two bytes that are never UTF-8 + "nus": a lenient decoder would store "Li\uFFFD\uFFFDnus".
const badName = new Uint8Array([0x4c, 0x69, 0xff, 0xfe, 0x6e, 0x75, 0x73]);
const withBadName = (text: string): Blob => {
  const [head, tail] = text.split('NAME') as [string, string];
  return new Blob([head, badName, tail]);
};

describe('a body that is not UTF-8 is refused, in each protocol’s shape, and nothing is stored', () => {
  it('REST: 400 problem+json', async () => {
    const { app, db } = createTestKit();
    const before = databaseState(db);
    const body = withBadName(JSON.stringify({ email: 'bytes@example.com', name: 'NAME', password: 'correct horse battery' }));
    const response = await app.request('/rest/auth/register', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 400, detail: 'The request body is not valid UTF-8, which JSON must be.' });
    expect(databaseState(db)).toEqual(before);
  });

  it('REST: valid UTF-8 (with multi-byte characters) still registers', async () => {
    const { app } = createTestKit();
    const response = await app.request('/rest/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'zoe@example.com', name: 'Zoë Ådne 李', password: 'correct horse battery' }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ name: 'Zoë Ådne 李' });
  });

  it.each(['1.1', '1.2'] as const)('SOAP %s: a Client/Sender fault', async (version) => {
    const { app, db } = createTestKit();
    const before = databaseState(db);
    const env = version === '1.1' ? 'http://schemas.xmlsoap.org/soap/envelope/' : 'http://www.w3.org/2003/05/soap-envelope';
    const xml = `<e:Envelope xmlns:e="${env}"><e:Body><Register xmlns="${ns}"><email>bytes@example.com</email><name>NAME</name><password>correct horse battery</password></Register></e:Body></e:Envelope>`;
    const headers = version === '1.1' ? { 'content-type': 'text/xml; charset=utf-8' } : { 'content-type': 'application/soap+xml; charset=utf-8' };
    // post() sends a string; these bytes are not one, so the request is made here.
    const response = await app.request('/soap', { method: 'POST', headers, body: withBadName(xml) });
    const reply = { status: response.status, contentType: '', requestId: null, text: await response.text() };
    expect(reply.status).toBe(version === '1.1' ? 500 : 400);
    expect(faultIn(reply)).toMatchObject({ faultcode: version === '1.1' ? 'env:Client' : 'env:Sender', code: 'VALIDATION_FAILED', message: 'The message is not valid UTF-8.' });
    expect(databaseState(db)).toEqual(before);
  });
});
