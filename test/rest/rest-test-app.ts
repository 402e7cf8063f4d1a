import { expect } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { ServiceOptions } from '../../src/services/create-services.js';
import { hashPassword, type ScryptCost } from '../../src/services/passwords.js';
import { demoAccounts } from '../../src/store/seed-data.js';
import { createTestShop } from '../support/shop.js';

export interface RestTestOptions extends ServiceOptions {
  trustProxy?: boolean;
  logger?: Logger;
}

/** Cheap scrypt: these tests are about HTTP, and OWASP cost makes every login ~0.3 s on 2 cores. */
const testScryptCost: ScryptCost = { N: 1024, r: 8, p: 1 };

/** A fresh seeded shop behind the whole app, called in-process. */
export function createRestTestApp(options: RestTestOptions = {}) {
  const { trustProxy = false, logger = createLogger('silent'), ...serviceOptions } = options;
  const shop = createTestShop({ scryptCost: testScryptCost, ...serviceOptions });
  // The seed stores the demo passwords at OWASP cost; re-hash them cheaply in this test database.
  const rehashed = Promise.all(
    Object.values(demoAccounts).map(async ({ email, password }) =>
      shop.db.prepare('UPDATE customers SET password_hash = ? WHERE email = ?').run(await hashPassword(password, testScryptCost), email),
    ),
  );
  const app = createApp({ services: shop.services, logger, trustProxy });
  const request = async (path: string, init?: RequestInit) => {
    await rehashed;
    return app.request(path, init);
  };

  /** A bearer token of a demo account, through the service (no HTTP round trip). */
  const tokenOf = async (who: keyof typeof demoAccounts): Promise<string> => {
    const { email, password } = demoAccounts[who];
    await rehashed;
    return (await shop.services.auth.login({ email, password, clientAddress: 'test' })).token;
  };
  return { ...shop, app, request, tokenOf };
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** A request with a JSON body. */
export const sendJson = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const problemOf = async (response: Response) => {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance: string;
    code: string;
    errors: { path: string; message: string }[];
    requestId: string;
  };
};
