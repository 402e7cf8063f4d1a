import { describe, expect, it } from 'vitest';
import { forwardedClient } from '../../src/http/client-address.js';
import { createTestKit, testLogins } from '../support/test-kit.js';

describe('the client address behind a trusted proxy', () => {
  it.each([
    ['one proxy: the right-most entry, whatever the client put before it', 'forged, 198.51.100.7', 1, '198.51.100.7'],
    ['one proxy, one entry', '198.51.100.7', 1, '198.51.100.7'],
    ['two proxies: the second from the right', 'forged, 198.51.100.7, 10.0.0.2', 2, '198.51.100.7'],
    ['fewer entries than hops: the left-most', '198.51.100.7', 3, '198.51.100.7'],
    ['spaces and empty entries ignored', ' a ,, 198.51.100.7 ', 1, '198.51.100.7'],
  ])('%s', (_name, header, hops, expected) => {
    expect(forwardedClient(header, hops)).toBe(expected);
  });

  it('is undefined without a header', () => {
    expect(forwardedClient(undefined, 1)).toBeUndefined();
    expect(forwardedClient(' , ', 1)).toBeUndefined();
  });

  it('limits failed logins by the address the proxy saw, not by a rotating left-most entry', async () => {
    const { app } = createTestKit({ trustProxy: true });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await app.request('/rest/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}, 198.51.100.7` },
        body: JSON.stringify({ email: testLogins.customer.email, password: 'wrong-password' }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });
});
