import { describe, expect, it } from 'vitest';
import { usedFields } from '../../src/web/explore-fields.js';
import { redactBody, redactHeader } from '../../src/recording/redact.js';

describe("redaction of the explorer's exchanges (the recording's)", () => {
  it('hides credentials in headers, keeping the scheme and cookie names', () => {
    expect(redactHeader('Authorization', 'Bearer abc.def')).toBe('Bearer [redacted]');
    expect(redactHeader('cookie', 'shop_session=abc; theme=dark')).toBe('shop_session=[redacted]; theme=[redacted]');
    expect(redactHeader('set-cookie', 'shop_session=abc; Path=/; Expires=Sun, 06 Dec 2026 15:41:59 GMT; HttpOnly')).toBe(
      'shop_session=[redacted]; Path=/; Expires=Sun, 06 Dec 2026 15:41:59 GMT; HttpOnly',
    );
    expect(redactHeader('content-type', 'application/json')).toBe('application/json');
  });

  it('hides passwords and tokens in JSON, GraphQL literals and variables, and SOAP elements', () => {
    expect(redactBody('{"email":"a@b.c","password":"pw"}', 'application/json')).toBe('{"email":"a@b.c","password":"[redacted]"}');
    expect(redactBody('{"data":{"login":{"token":"t0k"}}}', 'application/json')).toBe('{"data":{"login":{"token":"[redacted]"}}}');
    const graphql = JSON.stringify({ query: 'mutation { login(email: "a@b.c", password: "p\\"w") { token } }', variables: { password: 'x' } });
    const redactedGraphql = redactBody(graphql, 'application/json');
    expect(redactedGraphql).not.toMatch(/p\\\\"w|"x"/);
    expect(JSON.parse(redactedGraphql)).toEqual({ query: 'mutation { login(email: "a@b.c", password: "[redacted]") { token } }', variables: { password: '[redacted]' } });
    const soap = '<s:Body><Login><email>a</email><password>pw</password></Login><wsse:Password Type="x#PasswordText">pw2</wsse:Password><token>t</token></s:Body>';
    expect(redactBody(soap, 'text/xml; charset=utf-8')).toBe(
      '<s:Body><Login><email>a</email><password>[redacted]</password></Login><wsse:Password Type="x#PasswordText">[redacted]</wsse:Password><token>[redacted]</token></s:Body>',
    );
    expect(redactBody('{"password":"cut-by-the-ca', 'application/json')).toBe('{"password":"[redacted]"');
  });
});

describe('fields used', () => {
  it('marks response leaves the answer holds under a matching name', () => {
    const response = { id: 7, name: 'Mug', sku: 'MUG-1', priceCents: 900, category: { id: 2, name: 'Cups' } };
    const answer = { id: 7, name: 'Mug', priceCents: 900, categoryName: 'Cups' };
    expect(usedFields(response, answer)).toEqual([
      ['id', '7'],
      ['name', 'Mug'],
      ['priceCents', '900'],
      ['name', 'Cups'],
    ]);
  });
});
