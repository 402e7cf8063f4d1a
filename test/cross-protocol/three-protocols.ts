import { expect } from 'vitest';
import { createShopSoapClient, shopFaultOf, type ShopClient } from '../../clients/soap/shop-soap-client.js';

/**
 * Plain clients for the cross-protocol suites: REST and GraphQL over fetch, SOAP through
 * node-soap's client built from the served WSDL. Each call reports the shared error code, so
 * one assertion covers all three protocols' error shapes.
 */

export interface Outcome<T = unknown> {
  value?: T;
  code?: string;
}

export function restClient(baseUrl: string, token?: string) {
  const call = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Outcome<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) return { value: undefined };
    const payload = (await response.json()) as T & { code?: string };
    if (response.ok) return { value: payload };
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    return { code: payload.code };
  };
  return { call };
}

export function graphqlClient(baseUrl: string, token?: string) {
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<Outcome<T>> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const payload = (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
    if (payload.errors?.length) return { code: payload.errors[0]?.extensions?.code };
    return { value: payload.data as T };
  };
  return { call };
}

export async function soapClient(baseUrl: string, token?: string) {
  const client = await createShopSoapClient(baseUrl);
  if (token) client.addHttpHeader('Authorization', `Bearer ${token}`);
  const call = async <T>(run: (c: ShopClient) => Promise<[T, ...unknown[]]>): Promise<Outcome<T>> => {
    try {
      const [value] = await run(client);
      return { value };
    } catch (error) {
      const fault = shopFaultOf(error);
      if (!fault) throw error;
      return { code: fault.code };
    }
  };
  return { call, client };
}

/** Logs in through REST and returns the bearer token (valid in every protocol). */
export async function restLogin(baseUrl: string, email: string, password: string): Promise<string> {
  const { value } = await restClient(baseUrl).call<{ token: string }>('POST', '/rest/auth/login', { email, password });
  if (!value) throw new Error(`login failed for ${email}`);
  return value.token;
}
