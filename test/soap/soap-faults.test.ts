import { describe, expect, it } from 'vitest';
import { errorCodes, ShopError } from '../../src/domain/errors.js';
import { createLogger } from '../../src/logger.js';
import { faultTable, renderFault } from '../../src/protocols/soap/fault-table.js';
import { soap11, soap12 } from '../../src/protocols/soap/soap-versions.js';
import { call, faultIn } from '../support/soap-requests.js';
import { createTestKit } from '../support/test-kit.js';
import { defaultLoginThrottle } from '../../src/services/login-throttle.js';

describe('the SOAP fault table', () => {
  it('maps every error code: INTERNAL is the server’s fault, the rest the client’s', () => {
    expect(Object.keys(faultTable).sort()).toEqual([...errorCodes].sort());
    for (const code of errorCodes) {
      const fault11 = faultIn({ status: 500, contentType: '', requestId: null, text: renderFault(new ShopError(code, 'x'), soap11).body });
      const fault12 = faultIn({ status: 500, contentType: '', requestId: null, text: renderFault(new ShopError(code, 'x'), soap12).body });
      expect([fault11.faultcode, fault12.faultcode]).toEqual(code === 'INTERNAL' ? ['env:Server', 'env:Receiver'] : ['env:Client', 'env:Sender']);
      expect(fault11.code).toBe(code);
      // SOAP 1.1's HTTP binding: 500 for every fault; SOAP 1.2's: 400 for Sender, 500 for Receiver.
      expect(renderFault(new ShopError(code, 'x'), soap11).status).toBe(500);
      expect(renderFault(new ShopError(code, 'x'), soap12).status).toBe(code === 'INTERNAL' ? 500 : 400);
    }
  });

  it('escapes messages and carries every field', () => {
    const error = new ShopError('VALIDATION_FAILED', 'a <b> & "c"', { fields: [{ path: 'items.0.quantity', message: 'Too <small>' }, { path: 'sku', message: 'x' }] });
    const text = renderFault(error, soap12).body;
    expect(text).toContain('<env:Text xml:lang="en">a &lt;b&gt; &amp; &quot;c&quot;</env:Text>');
    const fault = faultIn({ status: 500, contentType: '', requestId: null, text });
    expect(fault.fields).toEqual([{ path: 'items.0.quantity', message: 'Too &lt;small&gt;' }, { path: 'sku', message: 'x' }]);
  });
});

describe('SOAP faults end to end (in-process)', () => {
  it('masks unexpected errors (no exception text) and logs them with the request id', async () => {
    const lines: string[] = [];
    const { app, services } = createTestKit({ logger: createLogger('error', (line) => lines.push(line)) });
    services.catalog.getProduct = () => {
      throw new Error('SQLITE_CORRUPT at /var/secret/shop.db');
    };
    const reply = await call(app, 'GetProduct', { id: 1 }, '1.2');
    expect(reply.status).toBe(500);
    const fault = faultIn(reply);
    expect(fault).toMatchObject({ faultcode: 'env:Receiver', code: 'INTERNAL' });
    expect(reply.text).not.toMatch(/SQLITE|secret|at .+\.ts/);
    expect(reply.requestId).toBeTruthy();
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([expect.objectContaining({ level: 'error', requestId: reply.requestId, operation: 'GetProduct', error: expect.stringContaining('SQLITE_CORRUPT') })]);
  });

  it('answers RATE_LIMITED with retryAfterSeconds in the detail and a Retry-After header', async () => {
    const { app } = createTestKit({ auth: { loginThrottle: { ...defaultLoginThrottle, freeFailures: 1 } } });
    const wrong = { email: 'ada@example.com', password: 'wrong' };
    expect(faultIn(await call(app, 'Login', wrong))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const response = await app.request('/soap', {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8' },
      body: `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><Login xmlns="http://api-playground.example/shop/v1"><email>ada@example.com</email><password>wrong</password></Login></s:Body></s:Envelope>`,
    });
    expect(response.status).toBe(500);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    const text = await response.text();
    expect(faultIn({ status: 500, contentType: '', requestId: null, text })).toMatchObject({ faultcode: 'env:Client', code: 'RATE_LIMITED' });
    expect(text).toContain(`<retryAfterSeconds>${retryAfter}</retryAfterSeconds>`);
  });

  it('reports a missing required element and an unknown one by path', async () => {
    const { app } = createTestKit();
    const missing = faultIn(await call(app, 'GetProduct', {}));
    expect(missing).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'id', message: 'Required.' }] });
    const unknown = faultIn(await call(app, 'GetProduct', { id: 1, role: 'admin' }, '1.2'));
    expect(unknown).toMatchObject({ faultcode: 'env:Sender', fields: [{ path: 'role', message: 'Unknown field.' }] });
  });
});
