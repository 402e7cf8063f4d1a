import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/services/clock.js';
import { createLocalShopRegistry } from '../../src/shops/local-shop-registry.js';
import { openDatabase } from '../../src/store/open-database.js';
import { seedDatabase } from '../../src/store/seed.js';

const hour = 3_600_000;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function registry(options: { dir?: string; max?: number } = {}) {
  const clock = createManualClock();
  const sharedDb = openDatabase(':memory:');
  seedDatabase(sharedDb);
  const shops = createLocalShopRegistry({ sharedDb, clock, limits: { max: options.max ?? 10, idleMs: 24 * hour, dir: options.dir } });
  return { shops, clock };
}

describe('the local shop registry', () => {
  it('expires a sandbox after a quiet day, measured from its last use (injected clock)', () => {
    const { shops, clock } = registry();
    const { id } = shops.create();
    clock.advance(23 * hour);
    expect(shops.find(id)?.id).toBe(id); // used: the idle time starts again
    clock.advance(23 * hour);
    expect(shops.find(id)).toBeDefined();
    clock.advance(24 * hour);
    expect(shops.find(id)).toBeUndefined();
    expect(shops.list()).toEqual([]);
  });

  it('sweeps idle sandboxes without waiting for a request', () => {
    const { shops, clock } = registry();
    const [first, second] = [shops.create(), shops.create()];
    clock.advance(12 * hour);
    shops.find(second.id);
    clock.advance(13 * hour);
    expect(shops.expireIdle()).toBe(1);
    expect(shops.list().map((sandbox) => sandbox.id)).toEqual([second.id]);
    expect(shops.find(first.id)).toBeUndefined();
  });

  it('clones the seed: each sandbox has the seeded catalogue and its own writes', async () => {
    const { shops } = registry();
    const [a, b] = [shops.create(), shops.create()];
    const shopA = shops.find(a.id);
    const shopB = shops.find(b.id);
    const admin = { kind: 'customer', customerId: 21, role: 'admin' } as const;
    shopA?.services.catalog.updateProduct(admin, 1, { stock: 999 });
    expect(shopA?.services.catalog.getProduct(1).stock).toBe(999);
    expect(shopB?.services.catalog.getProduct(1).stock).not.toBe(999);
    expect(shops.shared.services.catalog.getProduct(1).stock).not.toBe(999);
    expect(shopA?.services.catalog.listProducts({}).total).toBe(50);
  });

  it('keeps sandboxes on disk in SANDBOX_DIR, adopts them after a restart, and deletes their files on removal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandboxes-'));
    dirs.push(dir);
    const first = registry({ dir });
    const { id } = first.shops.create();
    const admin = { kind: 'customer', customerId: 21, role: 'admin' } as const;
    first.shops.find(id)?.services.catalog.updateProduct(admin, 1, { name: 'Survives a restart' });
    first.shops.close();
    expect(existsSync(join(dir, `${id}.db`))).toBe(true);

    const second = registry({ dir });
    expect(second.shops.list().map((sandbox) => sandbox.id)).toEqual([id]);
    expect(second.shops.find(id)?.services.catalog.getProduct(1).name).toBe('Survives a restart');
    expect(second.shops.remove(id)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith(id))).toEqual([]);
    second.shops.close();
  });

  it('refuses past the maximum with CONFLICT and reports sizes for the instructor', () => {
    const { shops } = registry({ max: 2 });
    shops.create();
    shops.create();
    expect(() => shops.create()).toThrow(/maximum of 2 sandboxes/);
    for (const info of shops.list()) expect(info.sizeBytes).toBeGreaterThan(50_000);
  });
});
