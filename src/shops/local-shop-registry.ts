import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { ShopError } from '../domain/errors.js';
import type { Clock } from '../services/clock.js';
import { createExchangeRing } from '../recording/exchange-ring.js';
import { createFaultSwitches } from '../recording/fault-switches.js';
import type { ServiceOptions, Services } from '../services/create-services.js';
import { openDatabase } from '../store/open-database.js';
import { createShop } from './create-shop.js';
import { createSandboxTemplate } from './sandbox-template.js';
import { isSandboxId, newSandboxId } from './sandbox-id.js';
import type { SandboxInfo, ShopRegistry } from './shop-registry.js';
import type { Shop } from './shop.js';

export interface SandboxLimits {
  /** How many sandboxes may exist at once. */
  max: number;
  /** A sandbox unused this long is removed. */
  idleMs: number;
  /** Where sandbox databases live; undefined keeps them in memory (gone at restart). */
  dir: string | undefined;
}

export type LocalRegistryOptions = SharedShopSource & {
  limits: SandboxLimits;
  clock: Clock;
  services?: ServiceOptions;
};

/** The shared shop's database, or its services when the caller built them already (tests). */
type SharedShopSource = { sharedDb: Database.Database; sharedServices?: undefined } | { sharedDb?: undefined; sharedServices: Services };

interface Sandbox {
  id: string;
  createdAt: number;
  lastUsedAt: number;
  /** Opened on first use: sandboxes found on disk at start cost nothing until someone comes back. */
  shop: Shop | undefined;
  db: Database.Database | undefined;
}

/** Shops on this machine: the shared database plus one SQLite database per sandbox. */
export function createLocalShopRegistry({ sharedDb, sharedServices, limits, clock, services }: LocalRegistryOptions): ShopRegistry {
  const shared: Shop = sharedServices
    ? { id: undefined, prefix: '', services: sharedServices, recorder: createExchangeRing(), faults: createFaultSwitches() }
    : createShop({ id: undefined, db: sharedDb, services });
  const template = createSandboxTemplate();
  const sandboxes = new Map<string, Sandbox>();
  const now = () => clock.now().getTime();
  const fileOf = (id: string) => (limits.dir === undefined ? undefined : join(limits.dir, `${id}.db`));

  if (limits.dir !== undefined) {
    mkdirSync(limits.dir, { recursive: true });
    // Sandboxes outlive a restart: their files are adopted, as if last used when last written.
    for (const name of readdirSync(limits.dir)) {
      const id = name.slice(0, -'.db'.length);
      if (!name.endsWith('.db') || !isSandboxId(id)) continue;
      const stat = statSync(join(limits.dir, name));
      sandboxes.set(id, { id, createdAt: stat.birthtimeMs || stat.mtimeMs, lastUsedAt: stat.mtimeMs, shop: undefined, db: undefined });
    }
  }

  function open(sandbox: Sandbox, recorder?: Shop['recorder']): Shop {
    const file = fileOf(sandbox.id);
    if (file !== undefined && !existsSync(file)) writeFileSync(file, template());
    const db = openDatabase(file ?? template());
    sandbox.db = db;
    sandbox.shop = createShop({ id: sandbox.id, db, services, recorder });
    return sandbox.shop;
  }

  function closeDb(sandbox: Sandbox, removeFile: boolean): void {
    sandbox.db?.close();
    sandbox.db = undefined;
    sandbox.shop = undefined;
    const file = fileOf(sandbox.id);
    if (removeFile && file !== undefined) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }

  function info(sandbox: Sandbox): SandboxInfo {
    const file = fileOf(sandbox.id);
    const size = sandbox.db ? sandbox.db.pragma('page_count', { simple: true }) as number * (sandbox.db.pragma('page_size', { simple: true }) as number) : 0;
    return {
      id: sandbox.id,
      createdAt: new Date(sandbox.createdAt).toISOString(),
      lastUsedAt: new Date(sandbox.lastUsedAt).toISOString(),
      expiresAt: new Date(sandbox.lastUsedAt + limits.idleMs).toISOString(),
      sizeBytes: size || (file !== undefined && existsSync(file) ? statSync(file).size : 0),
    };
  }

  const expired = (sandbox: Sandbox) => now() - sandbox.lastUsedAt >= limits.idleMs;

  function remove(id: string): boolean {
    const sandbox = sandboxes.get(id);
    if (!sandbox) return false;
    sandboxes.delete(id);
    closeDb(sandbox, true);
    return true;
  }

  return {
    shared,
    find(id) {
      const sandbox = sandboxes.get(id);
      if (!sandbox) return undefined;
      if (expired(sandbox)) {
        remove(id);
        return undefined;
      }
      sandbox.lastUsedAt = now();
      return sandbox.shop ?? open(sandbox);
    },
    create() {
      if (sandboxes.size >= limits.max) {
        throw new ShopError('CONFLICT', `This server already holds its maximum of ${limits.max} sandboxes; remove one (DELETE /s/{id}) or ask the instructor.`);
      }
      const id = newSandboxId();
      const sandbox: Sandbox = { id, createdAt: now(), lastUsedAt: now(), shop: undefined, db: undefined };
      open(sandbox);
      sandboxes.set(id, sandbox);
      return info(sandbox);
    },
    reset(id) {
      const sandbox = sandboxes.get(id);
      if (!sandbox) return false;
      const recorder = sandbox.shop?.recorder;
      closeDb(sandbox, true);
      sandbox.lastUsedAt = now();
      open(sandbox, recorder);
      return true;
    },
    remove,
    info(id) {
      const sandbox = sandboxes.get(id);
      return sandbox ? info(sandbox) : undefined;
    },
    list: () => [...sandboxes.values()].map(info),
    expireIdle() {
      let removed = 0;
      for (const sandbox of [...sandboxes.values()]) if (expired(sandbox) && remove(sandbox.id)) removed += 1;
      return removed;
    },
    close() {
      for (const sandbox of sandboxes.values()) closeDb(sandbox, limits.dir === undefined);
      sharedDb?.close();
    },
  };
}
