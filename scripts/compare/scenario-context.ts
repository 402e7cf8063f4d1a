import { createShopSoapClient } from '../../clients/soap/shop-soap-client.js';
import type { SoapScenarioContext } from '../../clients/soap/scenarios/soap-kit.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { defaultInputs } from './scenarios.js';
import type { Credentials } from './scenario-types.js';

/**
 * Grace buys (every seeded customer has the demo customer's password), so Ada's order history,
 * which another scenario reads, stays the same however many orders the comparison places.
 */
export const buyer: Credentials = { email: 'grace@example.com', password: demoAccounts.customer.password };

async function logIn(baseUrl: string, credentials: Credentials): Promise<string> {
  const response = await fetch(`${baseUrl}/rest/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
  if (!response.ok) throw new Error(`Setting up: logging in ${credentials.email} answered ${response.status}.`);
  return ((await response.json()) as { token: string }).token;
}

/** What every scenario needs, set up once: Ada's session, the SOAP client (reads the WSDL). */
export async function createScenarioContext(baseUrl: string): Promise<SoapScenarioContext> {
  const [customerToken, soap] = await Promise.all([logIn(baseUrl, demoAccounts.customer), createShopSoapClient(baseUrl)]);
  return { baseUrl, inputs: defaultInputs, buyer, customerToken, soap };
}
