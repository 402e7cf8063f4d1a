import type { AppDeps } from '../../src/http/app-env.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { systemClock, type Clock } from '../../src/services/clock.js';
import type { ServiceOptions, Services } from '../../src/services/create-services.js';
import { createLocalShopRegistry } from '../../src/shops/local-shop-registry.js';
import { resolveSandboxOptions, type SandboxOptions } from '../../src/shops/sandbox-options.js';

export interface TestAppDepsOptions {
  /** The shared shop's services (the test may call them directly too). */
  services: Services;
  logger?: Logger;
  trustProxy?: boolean;
  clock?: Clock;
  /** Options for the sandboxes' services (cheap hashing, a manual clock). */
  serviceOptions?: ServiceOptions;
  sandboxes?: Partial<SandboxOptions>;
}

/** What createApp needs, around a test's own in-memory shop: the same registry the server builds. */
export function testAppDeps(options: TestAppDepsOptions): AppDeps {
  const clock = options.clock ?? options.serviceOptions?.clock ?? systemClock;
  const sandboxes = resolveSandboxOptions(':memory:', options.sandboxes);
  const shops = createLocalShopRegistry({
    sharedServices: options.services,
    clock,
    services: options.serviceOptions,
    limits: sandboxes,
  });
  return {
    shops,
    sandboxes: { ...sandboxes, clock },
    logger: options.logger ?? createLogger('silent'),
    trustProxy: options.trustProxy ?? false,
  };
}
