import { createHash, randomBytes } from 'node:crypto';
import { createApp } from '../../src/app.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { ServiceOptions } from '../../src/services/create-services.js';
import { createTestShop } from '../support/shop.js';

export interface GraphqlResult<D = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: D | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
  };
}

export interface GraphqlTestShopOptions extends ServiceOptions {
  logger?: Logger;
  trustProxy?: boolean;
}

/**
 * A fresh seeded shop with the whole app in front of it, and a `gql` helper that POSTs one
 * GraphQL request through `app.request` like any client would.
 */
export function createGraphqlTestShop(options: GraphqlTestShopOptions = {}) {
  const { logger = createLogger('silent'), trustProxy = false, ...serviceOptions } = options;
  const shop = createTestShop(serviceOptions);
  const app = createApp({ services: shop.services, logger, trustProxy });

  /**
   * A bearer token for a seeded customer without a password check (scrypt at OWASP cost is
   * slow): the session row as auth-service writes it, keyed by the token's SHA-256.
   */
  function tokenFor(customerId: number): string {
    const token = randomBytes(32).toString('base64url');
    const now = (serviceOptions.clock?.now() ?? new Date()).toISOString();
    shop.store.insertSession({ id: createHash('sha256').update(token).digest('hex'), customerId, createdAt: now, lastSeenAt: now });
    return token;
  }

  async function gql<D = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { token, headers = {} }: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphqlResult<D>> {
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphqlResult<D>['body'] };
  }

  return { ...shop, app, gql, tokenFor };
}

/** The codes of a result's errors, in order. */
export const errorCodes = (result: GraphqlResult<unknown>): (string | undefined)[] =>
  (result.body.errors ?? []).map((error) => error.extensions?.code);

/** Seeded ids: 1 is Ada (customer), 2 is Grace (customer), 21 is the admin. */
export const seeded = { ada: 1, grace: 2, admin: 21 } as const;
