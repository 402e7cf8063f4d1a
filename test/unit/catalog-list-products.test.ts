import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/domain/entities.js';
import { createTestShop } from '../support/shop.js';
import { fieldPaths, shopErrorOf } from '../support/shop-error.js';

type Shop = ReturnType<typeof createTestShop>;

/** Every product in id order: the reference the filters and sorts are checked against. */
const allProducts = ({ services }: Shop): Product[] =>
  services.catalog.listProducts({ limit: 100, sort: [{ field: 'id', direction: 'asc' }] }).items;

const ids = (products: readonly Product[]): number[] => products.map((product) => product.id);

describe('catalog.listProducts filters', () => {
  it('lists every seeded product with defaults limit 20, offset 0', () => {
    const page = createTestShop().services.catalog.listProducts();
    expect(page.total).toBe(50);
    expect(page.limit).toBe(20);
    expect(page.offset).toBe(0);
    expect(ids(page.items)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it('filters by category', () => {
    const shop = createTestShop();
    const page = shop.services.catalog.listProducts({ filter: { categoryId: 3 }, limit: 100 });
    const expected = allProducts(shop).filter((product) => product.categoryId === 3);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(page.items)).toEqual(ids(expected));
    expect(page.total).toBe(expected.length);
  });

  it('searches name, description and SKU case-insensitively', () => {
    const { services } = createTestShop();
    expect(services.catalog.listProducts({ filter: { q: 'COLOMBIA' } }).items.map((p) => p.name)).toEqual([
      'Colombia Huila 250 g',
      'Decaf Sugarcane Colombia 250 g',
    ]);
    expect(services.catalog.listProducts({ filter: { q: 'bergamot' } }).total).toBe(2);
    expect(ids(services.catalog.listProducts({ filter: { q: 'tea-0010' } }).items)).toEqual([10]);
  });

  it('treats % and _ in q as the characters themselves, not LIKE wildcards', () => {
    const shop = createTestShop();
    const withPercent = allProducts(shop).filter((p) => `${p.name} ${p.description} ${p.sku}`.includes('%'));
    expect(withPercent.length).toBeGreaterThan(0);
    expect(ids(shop.services.catalog.listProducts({ filter: { q: '%' } }).items)).toEqual(ids(withPercent));
    expect(shop.services.catalog.listProducts({ filter: { q: '_' } }).total).toBe(0);
    expect(shop.services.catalog.listProducts({ filter: { q: 'Dark_Chocolate' } }).total).toBe(0);
    expect(shop.services.catalog.listProducts({ filter: { q: '\\' } }).total).toBe(0);
  });

  it('filters by price range, inclusive at both ends', () => {
    const shop = createTestShop();
    const page = shop.services.catalog.listProducts({ filter: { minPriceCents: 1390, maxPriceCents: 2290 }, limit: 100 });
    const expected = allProducts(shop).filter((p) => p.priceCents >= 1390 && p.priceCents <= 2290);
    expect(ids(page.items)).toEqual(ids(expected));
    expect(page.items.some((p) => p.priceCents === 1390)).toBe(true);
    expect(page.items.some((p) => p.priceCents === 2290)).toBe(true);
    expect(shop.services.catalog.listProducts({ filter: { minPriceCents: 3290, maxPriceCents: 3290 } }).total).toBe(
      allProducts(shop).filter((p) => p.priceCents === 3290).length,
    );
  });

  it('filters in stock and sold out', () => {
    const shop = createTestShop();
    const all = allProducts(shop);
    const inStock = shop.services.catalog.listProducts({ filter: { inStock: true }, limit: 100 });
    const soldOut = shop.services.catalog.listProducts({ filter: { inStock: false }, limit: 100 });
    expect(ids(soldOut.items)).toEqual(ids(all.filter((p) => p.stock === 0)));
    expect(soldOut.total).toBeGreaterThan(0);
    expect(ids(inStock.items)).toEqual(ids(all.filter((p) => p.stock > 0)));
    expect(inStock.total + soldOut.total).toBe(50);
  });

  it('combines filters with AND', () => {
    const shop = createTestShop();
    const filter = { categoryId: 1, maxPriceCents: 1500, inStock: true, q: '250 g' };
    const expected = allProducts(shop).filter(
      (p) => p.categoryId === 1 && p.priceCents <= 1500 && p.stock > 0 && p.name.includes('250 g'),
    );
    expect(ids(shop.services.catalog.listProducts({ filter, limit: 100 }).items)).toEqual(ids(expected));
  });
});

describe('catalog.listProducts sorting and paging', () => {
  it('sorts by several keys, descending where asked, with id as the last tiebreak', () => {
    const shop = createTestShop();
    const sorted = shop.services.catalog.listProducts({
      sort: [
        { field: 'priceCents', direction: 'asc' },
        { field: 'createdAt', direction: 'desc' },
      ],
      limit: 100,
    }).items;
    const expected = [...allProducts(shop)].sort(
      (a, b) => a.priceCents - b.priceCents || b.createdAt.localeCompare(a.createdAt),
    );
    expect(ids(sorted)).toEqual(ids(expected));
  });

  it('breaks ties by ascending id, so pages are stable', () => {
    const shop = createTestShop();
    const sorted = shop.services.catalog.listProducts({ sort: [{ field: 'priceCents', direction: 'desc' }], limit: 100 }).items;
    const expected = [...allProducts(shop)].sort((a, b) => b.priceCents - a.priceCents || a.id - b.id);
    expect(ids(sorted)).toEqual(ids(expected));
    // The seed has equal prices, so the tiebreak is actually exercised.
    expect(new Set(sorted.map((p) => p.priceCents)).size).toBeLessThan(sorted.length);
  });

  it('sorts names case-insensitively', () => {
    const shop = createTestShop();
    const fold = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const sorted = shop.services.catalog.listProducts({ sort: [{ field: 'name', direction: 'asc' }], limit: 100 }).items;
    const expected = [...allProducts(shop)].sort((a, b) =>
      fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : a.id - b.id,
    );
    expect(ids(sorted)).toEqual(ids(expected));
  });

  it('pages with limit and offset and reports the total of the whole list', () => {
    const shop = createTestShop();
    const all = allProducts(shop);
    const page = shop.services.catalog.listProducts({ limit: 5, offset: 10 });
    expect(page).toMatchObject({ total: 50, limit: 5, offset: 10 });
    expect(ids(page.items)).toEqual(ids(all.slice(10, 15)));
    const last = shop.services.catalog.listProducts({ limit: 20, offset: 40 });
    expect(ids(last.items)).toEqual(ids(all.slice(40)));
    const beyond = shop.services.catalog.listProducts({ limit: 20, offset: 500 });
    expect(beyond).toMatchObject({ items: [], total: 50, offset: 500 });
  });

  it('counts the filtered list, not the page', () => {
    const page = createTestShop().services.catalog.listProducts({ filter: { categoryId: 1 }, limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
  });
});

describe('catalog.listProducts bounds', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['limit 0', { limit: 0 }, 'limit'],
    ['limit 101', { limit: 101 }, 'limit'],
    ['fractional limit', { limit: 1.5 }, 'limit'],
    ['offset -1', { offset: -1 }, 'offset'],
    ['min above max', { filter: { minPriceCents: 2000, maxPriceCents: 1000 } }, 'filter.minPriceCents'],
    ['negative price', { filter: { maxPriceCents: -1 } }, 'filter.maxPriceCents'],
    ['unknown sort field', { sort: [{ field: 'password', direction: 'asc' }] }, 'sort.0.field'],
    ['unknown sort direction', { sort: [{ field: 'id', direction: 'sideways' }] }, 'sort.0.direction'],
    ['unknown filter', { filter: { secret: true } }, 'filter.secret'],
    ['q over 100 characters', { filter: { q: 'x'.repeat(101) } }, 'filter.q'],
  ];

  it.each(cases)('refuses %s with VALIDATION_FAILED naming the field', (_name, input, path) => {
    const { services } = createTestShop();
    const error = shopErrorOf(() => services.catalog.listProducts(input as never));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error)).toContain(path);
  });

  it('accepts the extremes limit 1 and 100', () => {
    const { services } = createTestShop();
    expect(services.catalog.listProducts({ limit: 1 }).items).toHaveLength(1);
    expect(services.catalog.listProducts({ limit: 100 }).items).toHaveLength(50);
  });
});
