import type { ExchangeRecorder } from '../recording/exchange.js';
import type { FaultSwitches } from '../recording/fault-switches.js';
import type { Services } from '../services/create-services.js';

/**
 * One shop: a database with its services (sessions, carts, rate-limit counters live there) and
 * its exchange recording. The shared shop answers at the unprefixed paths; each sandbox under
 * `/s/{id}`. Adapters get the request's shop from the context and never know which one it is.
 */
export interface Shop {
  /** The sandbox id; undefined for the shared shop. */
  readonly id: string | undefined;
  /** '' for the shared shop, '/s/{id}' for a sandbox: every URL the server writes starts with it. */
  readonly prefix: string;
  readonly services: Services;
  readonly recorder: ExchangeRecorder;
  /** Fault switches set on /inspect (delay, failure rate per protocol); all off by default. */
  readonly faults: FaultSwitches;
}
