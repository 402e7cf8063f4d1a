import type { ErrorAnswer, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { shopFaultOf, type ShopClient } from '../shop-soap-client.js';

/** SOAP scenarios share one client, built once from the served WSDL. */
export interface SoapScenarioContext extends ScenarioContext {
  soap: ShopClient;
}

/** Per-call HTTP headers (node-soap's options): the session token as `Authorization: Bearer`. */
export function bearer(token: string | undefined) {
  return { headers: { Authorization: `Bearer ${token ?? ''}` } };
}

/**
 * wsdl-tsclient types every element as optional (`name?: string`), whatever the XSD says:
 * check the ones the scenario needs once, and the type says so.
 */
export function required<T extends object, K extends keyof T>(value: T | undefined, ...keys: K[]): T & { [P in K]-?: NonNullable<T[P]> } {
  const missing = keys.filter((key) => value?.[key] === undefined || value[key] === null);
  if (!value || missing.length > 0) throw new Error(`The response lacks ${missing.join(', ') || 'its element'}.`);
  return value as T & { [P in K]-?: NonNullable<T[P]> };
}

/** A SOAP fault's typed ShopFault detail, reduced to the shared error vocabulary; anything else is rethrown. */
export function faultAnswer(error: unknown): ErrorAnswer {
  const fault = shopFaultOf(error);
  if (!fault) throw error;
  return { error: { code: fault.code, fields: fault.fields.map((field) => field.path) } };
}
