import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../src/http/app-env.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { databaseState, faultIn, post, resultIn } from '../support/soap-requests.js';
import { createTestKit } from '../support/test-kit.js';

const ns = 'http://api-playground.example/shop/v1';
const soap11Headers = (operation: string) => ({ 'content-type': 'text/xml; charset=utf-8', soapaction: `"${ns}/${operation}"` });
const envelope = (body: string, prolog = '') =>
  `${prolog}<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${body}</soap:Body></soap:Envelope>`;
const createProduct = (name: string) =>
  `<CreateProduct xmlns="${ns}"><sku>EVIL-1</sku><name>${name}</name><priceCents>1</priceCents><stock>1</stock><categoryId>1</categoryId></CreateProduct>`;

const billionLaughs =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('') +
  ']>';
const xxe = '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const quadratic = `<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "${'a'.repeat(50_000)}">]>`;

interface HostileCase {
  name: string;
  body: string;
  headers?: Record<string, string>;
  status: number;
  faultcode: string;
  message: RegExp;
}

const cases: HostileCase[] = [
  { name: 'billion laughs', body: envelope(createProduct('&lol9;'), billionLaughs), status: 500, faultcode: 'env:Client', message: /DOCTYPE/ },
  { name: 'XXE with a SYSTEM entity', body: envelope(createProduct('&xxe;'), xxe), status: 500, faultcode: 'env:Client', message: /DOCTYPE/ },
  { name: 'quadratic blowup', body: envelope(createProduct('&a;'.repeat(15_000)), quadratic), status: 500, faultcode: 'env:Client', message: /DOCTYPE/ },
  { name: 'a processing instruction', body: envelope(createProduct('x'), '<?xml version="1.0"?><?xml-stylesheet href="http://evil.example/x.xsl"?>'), status: 500, faultcode: 'env:Client', message: /Processing instructions/ },
  { name: 'a processing instruction in the body', body: envelope(`<GetProduct xmlns="${ns}"><?php system('id'); ?><id>1</id></GetProduct>`), headers: soap11Headers('GetProduct'), status: 500, faultcode: 'env:Client', message: /Processing instructions/ },
  { name: 'an oversized body', body: envelope(createProduct('x'.repeat(maxBodyBytes))), status: 413, faultcode: 'env:Client', message: /larger than/ },
  { name: 'malformed XML', body: envelope(`<CreateProduct xmlns="${ns}"><sku>EVIL-1</name></CreateProduct>`), status: 500, faultcode: 'env:Client', message: /Malformed XML/ },
  { name: 'an undeclared entity', body: envelope(createProduct('&nbsp;')), status: 500, faultcode: 'env:Client', message: /entity/ },
  { name: 'a forbidden control character', body: envelope(createProduct('bell\u0007')), status: 500, faultcode: 'env:Client', message: /characters/ },
  { name: 'nesting deeper than the cap', body: envelope(createProduct(`${'<x>'.repeat(40)}${'</x>'.repeat(40)}`)), status: 500, faultcode: 'env:Client', message: /nested/ },
  { name: 'too many elements', body: envelope(createProduct('<x/>'.repeat(6_000))), status: 500, faultcode: 'env:Client', message: /more than 5000 elements/ },
  { name: 'a wrong SOAPAction', body: envelope(createProduct('x')), headers: soap11Headers('DeleteProduct'), status: 500, faultcode: 'env:Client', message: /does not match/ },
  { name: 'an unknown operation', body: envelope(`<DropAllTables xmlns="${ns}"/>`), headers: { 'content-type': 'text/xml' }, status: 500, faultcode: 'env:Client', message: /Unknown operation/ },
  { name: 'a body element outside the shop namespace', body: envelope('<CreateProduct><sku>EVIL-1</sku></CreateProduct>'), status: 500, faultcode: 'env:Client', message: /namespace/ },
  { name: 'two operations in one Body', body: envelope(createProduct('a') + createProduct('b')), status: 500, faultcode: 'env:Client', message: /exactly one/ },
  { name: 'a wrong content type', body: envelope(createProduct('x')), headers: { 'content-type': 'application/json' }, status: 415, faultcode: 'env:Client', message: /text\/xml/ },
  { name: 'a charset other than UTF-8', body: envelope(createProduct('x')), headers: { 'content-type': 'text/xml; charset=iso-8859-1' }, status: 415, faultcode: 'env:Client', message: /text\/xml/ },
  { name: 'a SOAP 1.2 envelope sent as text/xml', body: `<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body>${createProduct('x')}</e:Body></e:Envelope>`, status: 500, faultcode: 'env:VersionMismatch', message: /application\/soap\+xml/ },
  { name: 'a root that is no Envelope', body: createProduct('x'), status: 500, faultcode: 'env:VersionMismatch', message: /Envelope/ },
  { name: 'an element named __proto__', body: envelope(`<GetProduct xmlns="${ns}"><id>1</id><__proto__><polluted>yes</polluted></__proto__></GetProduct>`), headers: soap11Headers('GetProduct'), status: 500, faultcode: 'env:Client', message: /reserved/ },
  { name: 'a prefixed element named __proto__', body: envelope(`<s:GetProduct xmlns:s="${ns}"><s:id>1</s:id><s:__proto__><s:polluted>yes</s:polluted></s:__proto__></s:GetProduct>`), headers: soap11Headers('GetProduct'), status: 500, faultcode: 'env:Client', message: /__proto__: Unknown field/ },
];

describe('hostile XML (in-process)', () => {
  it.each(cases)('answers $name with a fault, changing nothing', async (hostile) => {
    const { app, db } = createTestKit();
    const before = databaseState(db);
    const reply = await post(app, hostile.body, hostile.headers ?? soap11Headers('CreateProduct'));
    expect(reply.status).toBe(hostile.status);
    expect(reply.contentType).toMatch(/^text\/xml/);
    const fault = faultIn(reply);
    expect(fault.faultcode).toBe(hostile.faultcode);
    expect(fault.code).toBe('VALIDATION_FAILED');
    expect(fault.message).toMatch(hostile.message);
    expect(reply.text).not.toMatch(/root:|lollol|at \w+ \(/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(databaseState(db)).toEqual(before);
    const still = await post(app, envelope(`<GetProduct xmlns="${ns}"><id>1</id></GetProduct>`), soap11Headers('GetProduct'));
    expect(resultIn(still, 'GetProduct')).toMatchObject({ product: { id: '1' } });
  });

  it('keeps "007" a string until the schema reads it as the integer 7', async () => {
    const { app } = createTestKit();
    const reply = await post(app, envelope(`<GetProduct xmlns="${ns}"><id>007</id></GetProduct>`), soap11Headers('GetProduct'));
    expect(resultIn(reply, 'GetProduct')).toMatchObject({ product: { id: '7' } });
  });

  it('answers other methods with 405 and Allow', async () => {
    const { app } = createTestKit();
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await app.request('/soap', { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
    }
  });
});

describe('hostile XML over real HTTP', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
  });
  afterEach(() => server.close());

  it('refuses a declared Content-Length past the limit with 413 before reading the body', async () => {
    const response = await fetch(`${server.url}/soap`, {
      method: 'POST',
      headers: soap11Headers('CreateProduct'),
      body: envelope(createProduct('x'.repeat(maxBodyBytes))),
    });
    expect(response.status).toBe(413);
    expect(faultIn({ status: 413, contentType: '', requestId: null, text: await response.text() })).toMatchObject({ faultcode: 'env:Client', code: 'VALIDATION_FAILED' });
  });

  it('cuts off a streamed (chunked) body past the limit with 413, and keeps serving', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode(envelope('').slice(0, 60)));
        if (sent > maxBodyBytes * 2) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${server.url}/soap`, {
      method: 'POST',
      headers: soap11Headers('GetProduct'),
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('larger than');
    const again = await fetch(`${server.url}/soap`, {
      method: 'POST',
      headers: soap11Headers('GetProduct'),
      body: envelope(`<GetProduct xmlns="${ns}"><id>2</id></GetProduct>`),
    });
    expect(again.status).toBe(200);
  });
});
