import { accountOperations } from './operations-account.js';
import { catalogOperations } from './operations-catalog.js';
import { orderOperations } from './operations-orders.js';
import type { SoapOperation } from './operation-types.js';

export type { AuthLevel, OperationContext, SoapOperation } from './operation-types.js';

/**
 * Every operation of wsdl/shop.wsdl. Exported for any SOAP server to use: this adapter's
 * pipeline, and node-soap's `soap.listen` in the benchmark.
 */
export const soapOperations: readonly SoapOperation[] = [...catalogOperations, ...accountOperations, ...orderOperations];

export const soapOperationsByName: ReadonlyMap<string, SoapOperation> = new Map(soapOperations.map((op) => [op.name, op]));
