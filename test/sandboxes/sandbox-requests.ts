import { expect } from 'vitest';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { sampleEnvelope, sampleHeaders } from '../../src/protocols/soap/sample-envelope.js';
import { soap11 } from '../../src/protocols/soap/soap-versions.js';

/** What `POST /sandboxes` answers. */
export interface Created {
  id: string;
  url: string;
  expiresAt: string;
  accounts: { role: string; email: string; password: string }[];
}

/**
 * Makes sandboxes on the server `serverUrl()` names, and removes every one it made (call
 * `removeAll` after each test, so a test of the maximum counts from zero).
 */
export function sandboxMaker(serverUrl: () => string) {
  const made: string[] = [];
  return {
    async create(): Promise<Created> {
      const response = await fetch(`${serverUrl()}/sandboxes`, { method: 'POST' });
      expect(response.status).toBe(201);
      const body = (await response.json()) as Created;
      expect(response.headers.get('location')).toBe(`/s/${body.id}/`);
      made.push(body.id);
      return body;
    },
    /** Counts a sandbox made some other way, so that it is removed too. */
    track(id: string): void {
      made.push(id);
    },
    async removeAll(): Promise<void> {
      for (const id of made.splice(0)) await fetch(`${serverUrl()}/s/${id}`, { method: 'DELETE' });
    },
  };
}

export async function login(base: string, email: string, password: string): Promise<Response> {
  return fetch(`${base}/rest/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

export async function adminToken(base: string): Promise<string> {
  const response = await login(base, demoAccounts.admin.email, demoAccounts.admin.password);
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

export const productName = async (base: string, id = 1) => ((await (await fetch(`${base}/rest/products/${id}`)).json()) as { name: string }).name;

export async function graphqlProductName(base: string, id = 1): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ product(id: ${id}) { name } }` }),
  });
  return ((await response.json()) as { data: { product: { name: string } } }).data.product.name;
}

export async function soapCall(base: string, operation: string, args: Record<string, unknown>, version = soap11): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}/soap`, { method: 'POST', headers: sampleHeaders(operation, version), body: sampleEnvelope(operation, args, version) });
  return { status: response.status, text: await response.text() };
}
