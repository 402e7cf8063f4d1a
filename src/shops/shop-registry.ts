import type { Shop } from './shop.js';

/** What an instructor (and a sandbox's own page) may know about a sandbox. */
export interface SandboxInfo {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  /** When it is removed if nobody uses it until then. */
  expiresAt: string;
  /** Its database's size on disk or in memory. */
  sizeBytes: number;
}

/**
 * Request → its shop's services, and the sandboxes' lifecycle. The server holds one; the
 * edge asks it once per request. A later PostgreSQL mode (a sandbox per schema, several
 * instances serving the same sandboxes) is another implementation of this interface.
 */
export interface ShopRegistry {
  /** The shop at the unprefixed paths. */
  readonly shared: Shop;
  /** The sandbox with this id, marked as used now; undefined if unknown or expired. */
  find(id: string): Shop | undefined;
  /** A new sandbox cloned from the seed. Throws ShopError CONFLICT when the maximum is reached. */
  create(): SandboxInfo;
  /** Back to the seed, sessions ended; false if unknown. */
  reset(id: string): boolean;
  remove(id: string): boolean;
  info(id: string): SandboxInfo | undefined;
  list(): SandboxInfo[];
  /** Removes sandboxes idle past their time; returns how many went. */
  expireIdle(): number;
  close(): void;
}
