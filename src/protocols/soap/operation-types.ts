import type { z } from 'zod';
import type { Actor } from '../../domain/actor.js';
import type { Services } from '../../services/create-services.js';
import type { Shape } from './xml-shapes.js';

/** Who may call: anyone, a signed-in customer (or admin), or an admin only. */
export type AuthLevel = 'public' | 'customer' | 'admin';

/** What an operation may need beyond its arguments. */
export interface OperationContext {
  /** The caller's address, for the login rate limits. */
  clientAddress: string;
}

/**
 * One SOAP operation, framework-neutral: any SOAP server (this adapter, or node-soap's
 * `soap.listen` in the benchmark) parses the body element into plain values, lets `input`
 * check and coerce them, calls `run` (ONE service function) and writes the result as the
 * `output` shape: the content of the <Operation>Response element.
 */
export interface SoapOperation {
  name: string;
  auth: AuthLevel;
  input: z.ZodType;
  output: Shape;
  /** Example arguments, in element order: the docs page's sample envelopes and the tests use them. */
  sample: Record<string, unknown>;
  run(services: Services, actor: Actor, args: unknown, context: OperationContext): unknown;
}

/** Declares an operation with `run` typed by its input schema, then erases the type for the table. */
export function defineOperation<S extends z.ZodType>(operation: {
  name: string;
  auth: AuthLevel;
  input: S;
  output: Shape;
  sample: Record<string, unknown>;
  run(services: Services, actor: Actor, args: z.output<S>, context: OperationContext): unknown;
}): SoapOperation {
  return operation as SoapOperation;
}
