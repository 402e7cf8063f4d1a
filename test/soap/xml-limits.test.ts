import { describe, expect, it } from 'vitest';
import { checkXmlSafety, xmlLimits } from '../../src/protocols/soap/safe-xml.js';
import { databaseState, faultIn, post, resultIn } from '../support/soap-requests.js';
import { createTestKit } from '../support/test-kit.js';

const ns = 'http://api-playground.example/shop/v1';
const envelope = (body: string, envelopeAttributes = '') =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"${envelopeAttributes}><s:Body>${body}</s:Body></s:Envelope>`;
const getProduct = (inner = '<id>1</id>', attributes = '') => `<GetProduct xmlns="${ns}"${attributes}>${inner}</GetProduct>`;
const attributes = (count: number, from = 0) => Array.from({ length: count }, (_, i) => ` a${from + i}="v"`).join('');
const headers = { 'content-type': 'text/xml; charset=utf-8' };

describe('XML limits checked before parsing', () => {
  it('refuses the reported envelope of ~85,000 attributes (0.9 MB) with a Client fault, changing nothing', async () => {
    const { app, db } = createTestKit();
    const before = databaseState(db);
    const body = envelope(getProduct(`<id${attributes(85_000)}>1</id>`));
    expect(body.length).toBeGreaterThan(900_000);
    const reply = await post(app, body, headers);
    expect(reply.status).toBe(500);
    expect(faultIn(reply)).toMatchObject({ faultcode: 'env:Client', code: 'VALIDATION_FAILED', message: `An element has more than ${xmlLimits.maxAttributesPerElement} attributes.` });
    expect(databaseState(db)).toEqual(before);
  });

  it('answers 400 with a Sender fault in SOAP 1.2', async () => {
    const { app } = createTestKit();
    const body = `<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body>${getProduct(`<id${attributes(40)}>1</id>`)}</e:Body></e:Envelope>`;
    const reply = await post(app, body, { 'content-type': 'application/soap+xml; charset=utf-8' });
    expect(reply.status).toBe(400);
    expect(faultIn(reply)).toMatchObject({ faultcode: 'env:Sender', message: expect.stringContaining('attributes') });
  });

  it.each([
    ['attributes per element', envelope(getProduct(`<id${attributes(xmlLimits.maxAttributesPerElement + 1)}>1</id>`)), /An element has more than 32 attributes/],
    ['attributes in all', envelope(getProduct(Array.from({ length: 20 }, (_, i) => `<x${attributes(30, i * 30)}/>`).join(''))), /more than 512 attributes/],
    ['references', envelope(getProduct(`<id>1</id><note>${'&amp;'.repeat(xmlLimits.maxReferences + 1)}</note>`)), /more than 8192 entity or character references/],
    ['references in attribute values', envelope(getProduct(`<id>1</id>${`<x a="${'&#65;'.repeat(17)}"/>`.repeat(500)}`)), /references/],
    ['text', envelope(getProduct(`<id>1</id><note>${'x'.repeat(xmlLimits.maxTextChars + 1)}</note>`)), /characters of text/],
    ['text in CDATA', envelope(getProduct(`<id>1</id><note><![CDATA[${'x'.repeat(xmlLimits.maxTextChars + 1)}]]></note>`)), /characters of text/],
  ])('refuses too many %s', (_name, body, message) => {
    expect(() => checkXmlSafety(body)).toThrow(message);
  });

  it('counts only attributes: "=" and ">" inside quoted values, comments and text are not markup', async () => {
    const { app } = createTestKit();
    const tricky = `<!-- a="1" b="2" --><id note="a=b>c" other='x=y'>1</id>`;
    const body = envelope(getProduct(tricky, attributes(20).replace(/ a/g, ' xmlns:p')), attributes(0));
    expect(() => checkXmlSafety(envelope(getProduct(`<id>${'a=b '.repeat(1_000)}</id>`)))).not.toThrow();
    const reply = await post(app, body, headers);
    expect(reply.status).toBe(200);
    expect(resultIn(reply, 'GetProduct')).toMatchObject({ product: { id: '1' } });
  });
});
