import { createGraphqlDialect } from './workloads/graphql-dialect.js';
import { createJsonServerDialect } from './workloads/json-server-dialect.js';
import { createRestDialect } from './workloads/rest-dialect.js';
import { createSoapDialect } from './workloads/soap-dialect.js';
import type { DialectFactory } from './workloads/workload-types.js';

export type Role = 'ceiling' | 'ours' | 'peer';
export type Protocol = 'HTTP' | 'REST' | 'GraphQL' | 'SOAP';
/** What a target's child process needs on its command line, prepared by the harness. */
export type TargetInput = 'ceiling-routes' | 'db-json' | 'none';

export interface TargetSpec {
  name: string;
  label: string;
  role: Role;
  protocol: Protocol;
  /** File under bench/targets/. */
  entry: string;
  input: TargetInput;
  dialect: DialectFactory;
}

/** Every target of a run, in start order: ours first, so the ceiling can copy our REST answers. */
export const targetSpecs: readonly TargetSpec[] = [
  { name: 'ours-rest', label: 'ours /rest (Hono + zod-openapi)', role: 'ours', protocol: 'REST', entry: 'ours.ts', input: 'none', dialect: createRestDialect },
  { name: 'ours-graphql', label: 'ours /graphql (graphql-yoga in Hono)', role: 'ours', protocol: 'GraphQL', entry: 'ours.ts', input: 'none', dialect: createGraphqlDialect },
  { name: 'ours-soap', label: 'ours /soap (Hono route)', role: 'ours', protocol: 'SOAP', entry: 'ours.ts', input: 'none', dialect: createSoapDialect },
  { name: 'ceiling', label: 'bare node:http, pre-serialised body', role: 'ceiling', protocol: 'HTTP', entry: 'ceiling.ts', input: 'ceiling-routes', dialect: createRestDialect },
  { name: 'json-server', label: 'json-server 0.17 on db.json', role: 'peer', protocol: 'REST', entry: 'json-server.ts', input: 'db-json', dialect: createJsonServerDialect },
  { name: 'apollo', label: 'Apollo Server 5 (standalone), same SDL + resolvers', role: 'peer', protocol: 'GraphQL', entry: 'apollo.ts', input: 'none', dialect: createGraphqlDialect },
  { name: 'mercurius-jit', label: 'Mercurius 16 + graphql-jit on Fastify 5, same SDL + resolvers', role: 'peer', protocol: 'GraphQL', entry: 'mercurius.ts', input: 'none', dialect: createGraphqlDialect },
  { name: 'node-soap', label: "node-soap 1.13 soap.listen, same WSDL + operations", role: 'peer', protocol: 'SOAP', entry: 'node-soap.ts', input: 'none', dialect: createSoapDialect },
];

export const targetNames = targetSpecs.map((spec) => spec.name);

/** The peers an `ours` target is compared with: same protocol. */
export const peersOf = (spec: TargetSpec): TargetSpec[] =>
  spec.role === 'ours' ? targetSpecs.filter((other) => other.role === 'peer' && other.protocol === spec.protocol) : [];
