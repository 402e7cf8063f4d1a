import type { Logger } from '../logger.js';
import type { RegisterEndOnClose } from './graceful-close.js';
import type { Clock } from '../services/clock.js';
import type { ShopRegistry } from '../shops/shop-registry.js';
import type { Shop } from '../shops/shop.js';

/** What the composition root hands to the app and, through it, to each protocol adapter. */
export interface AppDeps {
  /** Request → its shop (the shared one, or a sandbox under /s/{id}). */
  shops: ShopRegistry;
  sandboxes: SandboxSettings;
  logger: Logger;
  /** Behind a TLS-terminating proxy: honour X-Forwarded-For/-Proto for addresses and cookies. */
  trustProxy: boolean;
  /** How many trusted proxies append to X-Forwarded-For (1 unless set). */
  trustProxyHops?: number;
  /** Registers something long-lived (an SSE stream) to end when the server drains; absent in-process. */
  endOnClose?: RegisterEndOnClose;
  /** Record /rest, /graphql and /soap exchanges for /inspect (RECORDING, on unless set off). */
  recording?: boolean;
}

/** How sandboxes may be made and seen over HTTP (the registry holds the rest). */
export interface SandboxSettings {
  /** Sandboxes one client address may create per hour. */
  createPerHour: number;
  /** Shown to the instructor's list; the registry enforces it. */
  max: number;
  /** With it, `GET /sandboxes` (Bearer this) lists the sandboxes; without it the list does not exist. */
  instructorToken: string | undefined;
  /** Time for the creation rate limit; the system clock unless a test moves it. */
  clock?: Clock;
}

/** Hono's per-request variables, shared by every route. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The request's shop, set at the edge; absent only for an unknown sandbox (see shopOf). */
    shop: Shop;
  };
}

/** Bodies larger than this are refused before parsing, in every protocol. */
export const maxBodyBytes = 1_048_576;
