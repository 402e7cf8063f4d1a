import { WSSecurity } from 'soap';
import { describe, expect, it } from 'vitest';
import { createShopSoapClient } from '../../clients/soap/shop-soap-client.js';
import { createManualClock } from '../../src/services/clock.js';
import { createHashQueue, type HashQueue } from '../../src/services/hash-queue.js';
import { wsseNamespace } from '../../src/protocols/soap/soap-versions.js';
import { faultIn, faultOf, post, resultIn } from '../support/soap-requests.js';
import { createTestKit, testLogins } from '../support/test-kit.js';
import { startTestServer } from '../support/test-server.js';

const wsuNamespace = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const profile = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0';

interface Token {
  email?: string;
  password?: string;
  created?: string;
  nonce?: string;
  passwordType?: string;
}

/** A SOAP 1.1 GetMe with a UsernameToken, written as the OASIS profile shows it. */
function getMe({ email = testLogins.customer.email, password = testLogins.customer.password, created, nonce, passwordType = 'PasswordText' }: Token): string {
  return `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>
  <wsse:Security xmlns:wsse="${wsseNamespace}" xmlns:wsu="${wsuNamespace}" s:mustUnderstand="1"><wsse:UsernameToken>
    <wsse:Username>${email}</wsse:Username>
    <wsse:Password Type="${profile}#${passwordType}">${password}</wsse:Password>
    ${nonce === undefined ? '' : `<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">${nonce}</wsse:Nonce>`}
    ${created === undefined ? '' : `<wsu:Created>${created}</wsu:Created>`}
  </wsse:UsernameToken></wsse:Security></s:Header>
  <s:Body><GetMe xmlns="http://api-playground.example/shop/v1"/></s:Body></s:Envelope>`;
}
const headers = { 'content-type': 'text/xml; charset=utf-8' };

/** A test shop whose password hashes are counted. */
function countingKit(options: Parameters<typeof createTestKit>[0] = {}) {
  const queue = createHashQueue();
  let hashes = 0;
  const hashQueue: HashQueue = (task) => {
    hashes += 1;
    return queue(task);
  };
  const clock = createManualClock(new Date().toISOString());
  const kit = createTestKit({ clock, hashQueue, ...options });
  return { ...kit, clock, hashes: () => hashes };
}

describe('WS-Security UsernameToken freshness (OASIS profile)', () => {
  it('accepts a Created within the window and refuses one outside it, either way', async () => {
    const { app, clock } = countingKit();
    const now = clock.now().getTime();
    const at = (ms: number) => new Date(now + ms).toISOString();
    expect((await post(app, getMe({ created: at(-60_000) }), headers)).status).toBe(200);
    for (const created of [at(-6 * 60_000), at(6 * 60_000), '2001-01-01T00:00:00Z']) {
      const fault = faultIn(await post(app, getMe({ created }), headers));
      expect(fault).toMatchObject({ faultcode: 'env:Client', code: 'UNAUTHENTICATED', message: expect.stringContaining('5 minutes') });
    }
    expect(faultIn(await post(app, getMe({ created: 'yesterday' }), headers))).toMatchObject({ message: expect.stringContaining('xsd:dateTime') });
  });

  it('refuses a Nonce seen before within the window (a replayed message), writes included', async () => {
    const { app, clock } = countingKit();
    const token = { created: clock.now().toISOString(), nonce: 'bm9uY2Utb25lLTEyMzQ1Ng==' };
    expect((await post(app, getMe(token), headers)).status).toBe(200);
    const replay = faultIn(await post(app, getMe(token), headers));
    expect(replay).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('Nonce was already used') });
    expect((await post(app, getMe({ ...token, nonce: 'YW5vdGhlci1ub25jZQ==' }), headers)).status).toBe(200);
  });

  it('keeps no nonce of a token that failed: the genuine message with that nonce still passes', async () => {
    const { app, clock } = countingKit();
    const token = { created: clock.now().toISOString(), nonce: 'Zmlyc3QtdHJ5' };
    expect(faultIn(await post(app, getMe({ ...token, password: 'wrong-password' }), headers))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await post(app, getMe(token), headers)).status).toBe(200);
  });

  it('still accepts a token without Created and Nonce (both optional in the profile)', async () => {
    const { app } = countingKit();
    expect(resultIn(await post(app, getMe({}), headers), 'GetMe')).toMatchObject({ customer: { id: '1' } });
  });

  it('refuses PasswordDigest, saying PasswordText is for HTTPS or loopback', async () => {
    const { app } = countingKit();
    const fault = faultIn(await post(app, getMe({ passwordType: 'PasswordDigest', password: 'abc=' }), headers));
    expect(fault).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/PasswordText.*HTTPS.*loopback.*PasswordDigest is not supported/) });
  });
});

describe('WS-Security UsernameToken cost', () => {
  it('hashes a password once, then recognises it until logout or a password change', async () => {
    const kit = countingKit();
    const { app, hashes } = kit;
    for (let i = 0; i < 5; i += 1) expect((await post(app, getMe({}), headers)).status).toBe(200);
    expect(hashes()).toBe(1);

    // Logging out (any session of the account) forgets the cached credentials.
    const token = await kit.tokenFor('customer');
    const before = hashes();
    kit.services.auth.logout(kit.services.auth.authenticateToken(token));
    expect((await post(app, getMe({}), headers)).status).toBe(200);
    expect(hashes()).toBe(before + 1);

    // A changed password: the cached old one no longer passes.
    kit.db.prepare('UPDATE customers SET password_hash = (SELECT password_hash FROM customers WHERE id = 21) WHERE id = 1').run();
    expect(faultIn(await post(app, getMe({}), headers))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('never counts correct credentials sent concurrently as failures', async () => {
    const kit = countingKit();
    const replies = await Promise.all(Array.from({ length: 12 }, () => post(kit.app, getMe({}), headers)));
    expect(replies.map((reply) => reply.status)).toEqual(Array(12).fill(200));
    expect(kit.hashes()).toBe(1);
    // The budget is untouched: the five free failures are all still there.
    for (let i = 0; i < 5; i += 1) expect(faultIn(await post(kit.app, getMe({ password: 'wrong-password' }), headers)).code).toBe('UNAUTHENTICATED');
    expect(faultIn(await post(kit.app, getMe({ password: 'wrong-password' }), headers)).code).toBe('RATE_LIMITED');
  });

  it('keeps the cache, the nonces and the budget per shop', async () => {
    const one = countingKit();
    const two = countingKit();
    const token = { created: one.clock.now().toISOString(), nonce: 'c2hhcmVkLW5vbmNl' };
    expect((await post(one.app, getMe(token), headers)).status).toBe(200);
    expect((await post(two.app, getMe({ ...token, created: two.clock.now().toISOString() }), headers)).status).toBe(200);
    expect([one.hashes(), two.hashes()]).toEqual([1, 1]);
  });
});

describe('node-soap’s WSSecurity client (Created, Nonce and Timestamp on every call)', () => {
  it('calls twice with fresh tokens', async () => {
    const server = await startTestServer();
    try {
      const client = await createShopSoapClient(server.url);
      client.setSecurity(new WSSecurity(testLogins.customer.email, testLogins.customer.password, { passwordType: 'PasswordText', hasNonce: true }));
      const [first] = await client.GetMeAsync({});
      const [second] = await client.GetMeAsync({});
      expect([first.customer?.id, second.customer?.id]).toEqual([1, 1]);
      const request = client.lastRequest ?? '';
      expect(request).toContain('wsse:Nonce');
      expect(request).toContain('wsu:Created');
      client.setSecurity(new WSSecurity(testLogins.customer.email, 'wrong-password', { passwordType: 'PasswordText', hasNonce: true }));
      expect(await faultOf(client.GetMeAsync({}))).toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      await server.close();
    }
  });
});
