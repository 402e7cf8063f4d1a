import { describe, expect, it } from 'vitest';
import { recordedBody, recordedBodyLimit, recordedHeaders } from '../../src/recording/capture-body.js';
import { createExchangeRing } from '../../src/recording/exchange-ring.js';
import type { NewExchange } from '../../src/recording/exchange.js';
import { redactBody, redactHeader, redactPathAndQuery } from '../../src/recording/redact.js';

const json = 'application/json';
const xml = 'text/xml; charset=utf-8';

describe('redaction at record time', () => {
  it('masks Authorization, Cookie and Set-Cookie values, keeping scheme, names and attributes', () => {
    expect(redactHeader('authorization', 'Bearer abc.def')).toBe('Bearer [redacted]');
    expect(redactHeader('authorization', 'opaque')).toBe('[redacted]');
    expect(redactHeader('cookie', 'shop_session=s3cr3t; theme=dark')).toBe('shop_session=[redacted]; theme=[redacted]');
    expect(redactHeader('set-cookie', 'shop_session=s3cr3t; Path=/; HttpOnly')).toBe('shop_session=[redacted]; Path=/; HttpOnly');
    expect(redactHeader('content-type', 'application/json')).toBe('application/json');
    const headers = new Headers({ Authorization: 'Bearer t0k', Cookie: 'a=1' });
    headers.append('set-cookie', 'x=1; Path=/');
    headers.append('set-cookie', 'y=2');
    expect(recordedHeaders(headers)).toEqual({ authorization: 'Bearer [redacted]', cookie: 'a=[redacted]', 'set-cookie': 'x=[redacted]; Path=/, y=[redacted]' });
  });

  it('REST: password keys at any depth and login tokens, leaving the rest byte for byte', () => {
    const body = '{"email":"a@b.c",  "password" : "p\\"w", "nested":{"deep":[{"newPassword":"x"}]},"n":1}';
    expect(redactBody(body, json)).toBe('{"email":"a@b.c",  "password" : "[redacted]", "nested":{"deep":[{"newPassword":"[redacted]"}]},"n":1}');
    expect(redactBody('{"token":"abc","tokenType":"Bearer","expiresAt":"2026"}', json)).toBe('{"token":"[redacted]","tokenType":"Bearer","expiresAt":"2026"}');
    expect(redactBody('{"password":12345}', json)).toBe('{"password":"[redacted]"}');
    expect(redactBody('{"name":"Lamp"}', json)).toBe('{"name":"Lamp"}');
  });

  it('GraphQL: variables (whatever their name), inline literals, block strings, GraphQL bodies and answer tokens', () => {
    const variables = JSON.stringify({ query: 'mutation($e: String!, $secret: String!) { login(email: $e, password: $secret) { token } }', variables: { e: 'a@b.c', secret: 'hunter2' } });
    expect(redactBody(variables, json)).not.toContain('hunter2');
    expect(JSON.parse(redactBody(variables, json)).variables).toEqual({ e: 'a@b.c', secret: '[redacted]' });
    const literal = JSON.stringify({ query: 'mutation { login(email: "a@b.c", password: "hun\\"ter2") { token } }' });
    expect(JSON.parse(redactBody(literal, json)).query).toBe('mutation { login(email: "a@b.c", password: "[redacted]") { token } }');
    expect(redactBody('mutation { login(email: "a", password: """hunter2""") { token } }', 'application/graphql')).toBe('mutation { login(email: "a", password: "[redacted]") { token } }');
    expect(redactBody('{"data":{"login":{"token":"abc"}}}', 'application/graphql-response+json')).toBe('{"data":{"login":{"token":"[redacted]"}}}');
    const batch = JSON.stringify([{ query: '{ a }' }, { query: 'mutation { login(email: "a", password: "hunter2") { token } }' }]);
    expect(redactBody(batch, json)).not.toContain('hunter2');
  });

  it('SOAP: <password>, WS-Security Password in any prefix (with attributes), <token>, also cut by the cap', () => {
    const envelope = '<s:Envelope><s:Header><wsse:Security><wsse:UsernameToken><wsse:Username>a</wsse:Username>' +
      '<wsse:Password Type="...#PasswordText">hunter2</wsse:Password></wsse:UsernameToken></wsse:Security></s:Header>' +
      '<s:Body><shop:Login><shop:email>a</shop:email><shop:password>hunter2</shop:password></shop:Login></s:Body></s:Envelope>';
    const clean = redactBody(envelope, xml);
    expect(clean).not.toContain('hunter2');
    expect(clean).toContain('<wsse:Password Type="...#PasswordText">[redacted]</wsse:Password>');
    expect(clean).toContain('<shop:password>[redacted]</shop:password>');
    expect(clean).toContain('<wsse:UsernameToken><wsse:Username>a</wsse:Username>');
    expect(redactBody('<o:Password>x</o:Password>', 'application/soap+xml')).toBe('<o:Password>[redacted]</o:Password>');
    expect(redactBody('<LoginResponse><token>abc</token></LoginResponse>', xml)).toBe('<LoginResponse><token>[redacted]</token></LoginResponse>');
    expect(redactBody('<Login><password>hunte', xml)).toBe('<Login><password>[redacted]');
  });

  it('masks secrets in a URL query: a GraphQL GET literal, a password parameter', () => {
    const path = `/graphql?query=${encodeURIComponent('mutation { login(email: "a", password: "hunter2") { token } }')}`;
    expect(decodeURIComponent(redactPathAndQuery(path).replace(/\+/g, ' '))).toContain('password: "[redacted]"');
    expect(redactPathAndQuery('/rest/x?password=hunter2&a=1')).toBe('/rest/x?password=%5Bredacted%5D&a=1');
    expect(redactPathAndQuery('/rest/products?limit=5')).toBe('/rest/products?limit=5');
  });
});

describe('body cap', () => {
  it('keeps the first 64 KiB, marks it truncated and counts every byte', () => {
    const big = 'x'.repeat(recordedBodyLimit + 10);
    expect(recordedBody({}, big)).toEqual({ body: 'x'.repeat(recordedBodyLimit), truncated: true, bytes: recordedBodyLimit + 10 });
    expect(recordedBody({}, 'é')).toEqual({ body: 'é', truncated: false, bytes: 2 });
    expect(recordedBody({}, undefined, 99)).toEqual({ body: '', truncated: true, bytes: 99 });
  });

  it('still masks a secret the cap cut in half', () => {
    const body = `{"pad":"${'x'.repeat(recordedBodyLimit - 30)}","password":"hunter2hunter2hunter2"}`;
    const recorded = recordedBody({ 'content-type': json }, body);
    expect(recorded.truncated).toBe(true);
    expect(recorded.body).not.toMatch(/hunt/);
  });
});

describe('exchange ring', () => {
  const exchange = (path: string): NewExchange => ({
    at: '2026-01-01T00:00:00.000Z', protocol: 'rest', operation: 'GET /rest/x', method: 'GET', path, status: 200, durationMs: 1, requestId: 'r',
    request: { headers: {}, body: '', truncated: false, bytes: 0 }, response: { headers: {}, body: '', truncated: false, bytes: 0 },
  });

  it('keeps only the last `capacity` exchanges, newest first, with increasing ids', () => {
    const ring = createExchangeRing(3);
    for (let n = 1; n <= 5; n += 1) ring.record(exchange(`/${n}`));
    expect(ring.list().map((e) => [e.id, e.path])).toEqual([[5, '/5'], [4, '/4'], [3, '/3']]);
    expect(ring.list(2).map((e) => e.id)).toEqual([5, 4]);
    expect(ring.list(50)).toHaveLength(3);
  });

  it('tells subscribers about each new exchange until they unsubscribe', () => {
    const ring = createExchangeRing(2);
    const seen: number[] = [];
    const stop = ring.subscribe((e) => seen.push(e.id));
    ring.record(exchange('/a'));
    stop();
    ring.record(exchange('/b'));
    expect(seen).toEqual([1]);
  });
});
