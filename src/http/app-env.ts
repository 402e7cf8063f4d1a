import type { Logger } from '../logger.js';
import type { Services } from '../services/create-services.js';

/** What the composition root hands to the app and, through it, to each protocol adapter. */
export interface AppDeps {
  services: Services;
  logger: Logger;
  /** Behind a TLS-terminating proxy: honour X-Forwarded-For/-Proto for addresses and cookies. */
  trustProxy: boolean;
}

/** Hono's per-request variables, shared by every route. */
export interface AppEnv {
  Variables: {
    requestId: string;
  };
}

/** Bodies larger than this are refused before parsing, in every protocol. */
export const maxBodyBytes = 1_048_576;
