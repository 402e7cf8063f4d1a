import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../scripts/compare/counting-proxy.js';
import { countLeaves, decodeResponse, pathOfValue, skeleton } from '../../scripts/compare/payloads.js';

const exchange = (contentType: string, body: string): Exchange => ({
  method: 'GET',
  target: '/',
  requestHead: 'GET / HTTP/1.1',
  requestHeadBytes: 0,
  requestBodyBytes: 0,
  requestBody: Buffer.alloc(0),
  status: 200,
  responseHead: 'HTTP/1.1 200 OK',
  responseHeaders: new Map([['content-type', contentType]]),
  responseHeadBytes: 0,
  responseBodyBytes: body.length,
  responseBody: Buffer.from(body),
  durationMs: 0,
});

const fault =
  '<?xml version="1.0"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><env:Fault>' +
  '<faultcode>env:Client</faultcode><faultstring>No.</faultstring><detail><ShopFault xmlns="urn:x"><code>NOT_FOUND</code><message>No.</message></ShopFault></detail>' +
  '</env:Fault></env:Body></env:Envelope>';

describe('payload analysis', () => {
  it('decodes JSON and a SOAP envelope’s Body; other media types are not data', () => {
    expect(decodeResponse(exchange('application/problem+json', '{"code":"NOT_FOUND"}'))).toEqual({ code: 'NOT_FOUND' });
    expect(decodeResponse(exchange('text/xml; charset=utf-8', fault))).toMatchObject({ Fault: { faultcode: 'env:Client' } });
    expect(decodeResponse(exchange('text/html', '<p>hi</p>'))).toBeUndefined();
    expect(decodeResponse(exchange('application/json', '{broken'))).toBeUndefined();
  });

  it('counts leaf values, not containers', () => {
    expect(countLeaves({ a: 1, b: { c: 'x', d: [true, null, { e: 0 }] }, f: [] })).toBe(5);
    expect(countLeaves(decodeResponse(exchange('text/xml', fault)))).toBe(4);
    expect(countLeaves(undefined)).toBe(0);
  });

  it('describes a payload’s keys and finds where a value sits', () => {
    const graphql = { errors: [{ message: 'm', extensions: { code: 'NOT_FOUND' } }], data: { product: null } };
    expect(skeleton(graphql)).toBe('{errors: [{message, extensions: {code}}], data: {product}}');
    expect(pathOfValue(graphql, 'NOT_FOUND')).toBe('errors[0].extensions.code');
    expect(pathOfValue(decodeResponse(exchange('text/xml', fault)), 'NOT_FOUND')).toBe('Fault.detail.ShopFault.code');
    expect(pathOfValue(graphql, 'ABSENT')).toBeUndefined();
  });
});
