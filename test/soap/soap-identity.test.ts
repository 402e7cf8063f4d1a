import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShopSoapClient, logIn, useUsernameToken } from '../../clients/soap/shop-soap-client.js';
import { call, faultIn, faultOf, post, resultIn } from '../support/soap-requests.js';
import { createTestKit, testLogins } from '../support/test-kit.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { sampleHeaders } from '../../src/protocols/soap/sample-envelope.js';
import { soap11 } from '../../src/protocols/soap/soap-versions.js';

describe('SOAP identity over node-soap (real server)', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(() => server.close());

  it('Login → GetMe → Logout → GetMe faults UNAUTHENTICATED', async () => {
    const client = await createShopSoapClient(server.url);
    const [login] = await client.LoginAsync(testLogins.customer);
    expect(login.token).toMatch(/^\S{20,}$/);
    expect(Date.parse(String(login.expiresAt))).toBeGreaterThan(Date.now());
    expect(login.customer).toMatchObject({ id: 1, email: 'ada@example.com', role: 'customer' });
    client.addHttpHeader('Authorization', `Bearer ${login.token}`);
    const [me] = await client.GetMeAsync({});
    expect(me.customer).toEqual(login.customer);
    await client.LogoutAsync({});
    expect(await faultOf(client.GetMeAsync({}))).toMatchObject({ faultcode: 'env:Client', code: 'UNAUTHENTICATED' });
  });

  it('registers an account that can then log in; a taken email is CONFLICT', async () => {
    const client = await createShopSoapClient(server.url, { soap12: true });
    const [registered] = await client.RegisterAsync({ email: 'Lin@Example.com', name: 'Lin', password: 'long enough pass' });
    expect(registered.customer).toMatchObject({ email: 'lin@example.com', name: 'Lin', role: 'customer' });
    await logIn(client, 'lin@example.com', 'long enough pass');
    const [me] = await client.GetMeAsync({});
    expect(me.customer?.id).toBe(registered.customer?.id);
    const taken = await faultOf(client.RegisterAsync({ email: 'ada@example.com', name: 'Ada 2', password: 'long enough pass' }));
    expect(taken).toMatchObject({ faultcode: 'env:Sender', code: 'CONFLICT', fields: [expect.objectContaining({ path: 'email' })] });
    const short = await faultOf(client.RegisterAsync({ email: 'x@example.com', name: 'X', password: 'short' }));
    expect(short).toMatchObject({ code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'password' })] });
  });

  it('accepts a WS-Security UsernameToken on every call, and faults a wrong password', async () => {
    const client = await createShopSoapClient(server.url);
    useUsernameToken(client, testLogins.admin.email, testLogins.admin.password);
    const [me] = await client.GetMeAsync({});
    expect(me.customer).toMatchObject({ id: 21, role: 'admin' });
    const [customers] = await client.ListCustomersAsync({ limit: 2 });
    expect(customers.items).toHaveLength(2);
    useUsernameToken(client, testLogins.admin.email, 'not-the-password');
    expect(await faultOf(client.GetMeAsync({}))).toMatchObject({ faultcode: 'env:Client', code: 'UNAUTHENTICATED' });
  });

  it('faults a bad bearer token UNAUTHENTICATED, but public operations ignore credentials', async () => {
    const client = await createShopSoapClient(server.url);
    client.addHttpHeader('Authorization', 'Bearer no-such-token');
    expect(await faultOf(client.GetCartAsync({}))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const [login] = await client.LoginAsync(testLogins.customer);
    expect(login.customer?.id).toBe(1);
    expect(await faultOf(client.LoginAsync({ ...testLogins.customer, password: 'wrong' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('SOAP security header handling (raw envelopes)', () => {
  const digestEnvelope = `<?xml version="1.0"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:shop="http://api-playground.example/shop/v1">
  <soap:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken><wsse:Username>ada@example.com</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">abc=</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap:Header>
  <soap:Body><shop:GetMe/></soap:Body>
</soap:Envelope>`;

  it('works in both versions with the UsernameToken the docs page shows', async () => {
    const { app } = createTestKit();
    const reply = await call(app, 'GetMe', {}, '1.2', testLogins.customer);
    expect(reply.status).toBe(200);
    expect(resultIn(reply, 'GetMe')).toMatchObject({ customer: { id: '1', email: 'ada@example.com' } });
  });

  it('refuses PasswordDigest tokens with UNAUTHENTICATED', async () => {
    const { app } = createTestKit();
    const reply = await post(app, digestEnvelope, sampleHeaders('GetMe', soap11));
    expect(reply.status).toBe(500);
    expect(faultIn(reply)).toMatchObject({ faultcode: 'env:Client', code: 'UNAUTHENTICATED', message: expect.stringContaining('PasswordText') });
  });

  it('answers a mustUnderstand header it does not know with a MustUnderstand fault', async () => {
    const { app } = createTestKit();
    const envelope = `<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Header>
      <t:Transaction xmlns:t="urn:example:tx" env:mustUnderstand="true">5</t:Transaction></env:Header>
      <env:Body><GetProduct xmlns="http://api-playground.example/shop/v1"><id>1</id></GetProduct></env:Body></env:Envelope>`;
    const reply = await post(app, envelope, { 'content-type': 'application/soap+xml; charset=utf-8' });
    expect(reply.status).toBe(500);
    expect(faultIn(reply)).toMatchObject({ faultcode: 'env:MustUnderstand' });
    const optional = envelope.replace(' env:mustUnderstand="true"', '');
    expect((await post(app, optional, { 'content-type': 'application/soap+xml; charset=utf-8' })).status).toBe(200);
  });
});
