import { createApp } from '../../src/app.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { Services } from '../../src/services/create-services.js';
import { testAppDeps } from './app-deps.js';

export interface TestAppOptions {
  logger?: Logger;
  trustProxy?: boolean;
}

/**
 * The one place tests build the app around a shop's services: when what `createApp` needs
 * changes, this function changes and no test does.
 */
export function createTestApp(services: Services, { logger = createLogger('silent'), trustProxy = false }: TestAppOptions = {}) {
  return createApp(testAppDeps({ services, logger, trustProxy }));
}

export type TestApp = ReturnType<typeof createTestApp>;
