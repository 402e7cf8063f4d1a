import { describe, expect, it } from 'vitest';
import { ada, admin, createTestShop, nobody } from '../support/shop.js';
import { fieldPaths, shopErrorOf } from '../support/shop-error.js';

const newProduct = {
  sku: 'TST-0001',
  name: 'Test Beans 250 g',
  description: 'Made for tests.',
  priceCents: 1234,
  stock: 7,
  categoryId: 2,
};

describe('catalog.getCategory / getProduct', () => {
  it('returns an existing category and product', () => {
    const { services } = createTestShop();
    expect(services.catalog.getCategory(1)).toMatchObject({ id: 1, slug: 'coffee', name: 'Coffee' });
    expect(services.catalog.getProduct(1)).toMatchObject({ id: 1, currency: 'EUR', categoryId: 1 });
    expect(services.catalog.listCategories().map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('answers NOT_FOUND for unknown ids', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.catalog.getCategory(99)).code).toBe('NOT_FOUND');
    expect(shopErrorOf(() => services.catalog.getProduct(9999)).code).toBe('NOT_FOUND');
  });

  it('refuses ids that are not positive integers', () => {
    const { services } = createTestShop();
    for (const id of [0, -1, 1.5, Number.NaN]) {
      expect(shopErrorOf(() => services.catalog.getProduct(id)).code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('catalog.createProduct', () => {
  it('lets an admin create a product, with timestamps and EUR', () => {
    const { services } = createTestShop();
    const created = services.catalog.createProduct(admin, newProduct);
    expect(created).toMatchObject({ ...newProduct, id: 51, currency: 'EUR' });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(services.catalog.getProduct(created.id)).toEqual(created);
  });

  it('refuses anonymous callers with UNAUTHENTICATED and customers with FORBIDDEN', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.catalog.createProduct(nobody, newProduct)).code).toBe('UNAUTHENTICATED');
    expect(shopErrorOf(() => services.catalog.createProduct(ada, newProduct)).code).toBe('FORBIDDEN');
    expect(services.catalog.listProducts().total).toBe(50);
  });

  it('refuses unknown fields by name (no mass assignment)', () => {
    const { services } = createTestShop();
    const error = shopErrorOf(() => services.catalog.createProduct(admin, { ...newProduct, role: 'admin', id: 1 }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error).sort()).toEqual(['id', 'role']);
  });

  it('names every invalid field', () => {
    const { services } = createTestShop();
    const error = shopErrorOf(() =>
      services.catalog.createProduct(admin, { sku: 'lower case', name: '  ', priceCents: -1, stock: 1.5, categoryId: 0 }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error).sort()).toEqual(['categoryId', 'name', 'priceCents', 'sku', 'stock']);
  });

  it('refuses a duplicate SKU with CONFLICT', () => {
    const { services } = createTestShop();
    const taken = services.catalog.getProduct(1).sku;
    const error = shopErrorOf(() => services.catalog.createProduct(admin, { ...newProduct, sku: taken }));
    expect(error.code).toBe('CONFLICT');
    expect(fieldPaths(error)).toEqual(['sku']);
  });

  it('refuses an unknown category with VALIDATION_FAILED on categoryId', () => {
    const { services } = createTestShop();
    const error = shopErrorOf(() => services.catalog.createProduct(admin, { ...newProduct, categoryId: 99 }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error)).toEqual(['categoryId']);
    expect(services.catalog.listProducts().total).toBe(50);
  });
});

describe('catalog.updateProduct', () => {
  it('changes only the given fields and bumps updatedAt', () => {
    const { services } = createTestShop();
    const before = services.catalog.getProduct(5);
    const after = services.catalog.updateProduct(admin, 5, { priceCents: 999 });
    expect(after).toEqual({ ...before, priceCents: 999, updatedAt: after.updatedAt });
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it('is admin-only', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.catalog.updateProduct(nobody, 5, { stock: 1 })).code).toBe('UNAUTHENTICATED');
    expect(shopErrorOf(() => services.catalog.updateProduct(ada, 5, { stock: 1 })).code).toBe('FORBIDDEN');
    expect(services.catalog.getProduct(5).stock).not.toBe(1);
  });

  it('refuses an empty patch, unknown fields, a taken SKU and an unknown category', () => {
    const { services } = createTestShop();
    const before = services.catalog.getProduct(5);
    expect(shopErrorOf(() => services.catalog.updateProduct(admin, 5, {})).code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(shopErrorOf(() => services.catalog.updateProduct(admin, 5, { currency: 'USD', priceCents: 1 })))).toEqual(['currency']);
    const sku = services.catalog.getProduct(6).sku;
    expect(shopErrorOf(() => services.catalog.updateProduct(admin, 5, { sku })).code).toBe('CONFLICT');
    const category = shopErrorOf(() => services.catalog.updateProduct(admin, 5, { categoryId: 99, priceCents: 1 }));
    expect(category.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(category)).toEqual(['categoryId']);
    expect(services.catalog.getProduct(5)).toEqual(before);
  });

  it('lets a product keep its own SKU', () => {
    const { services } = createTestShop();
    const { sku } = services.catalog.getProduct(5);
    expect(services.catalog.updateProduct(admin, 5, { sku, name: 'Renamed' })).toMatchObject({ sku, name: 'Renamed' });
  });

  it('answers NOT_FOUND for an unknown product', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.catalog.updateProduct(admin, 9999, { stock: 1 })).code).toBe('NOT_FOUND');
  });
});

describe('catalog.deleteProduct', () => {
  it('lets an admin delete a product nobody ordered', () => {
    const { services } = createTestShop();
    const created = services.catalog.createProduct(admin, newProduct);
    services.catalog.deleteProduct(admin, created.id);
    expect(shopErrorOf(() => services.catalog.getProduct(created.id)).code).toBe('NOT_FOUND');
  });

  it('is admin-only', () => {
    const { services } = createTestShop();
    const created = services.catalog.createProduct(admin, newProduct);
    expect(shopErrorOf(() => services.catalog.deleteProduct(nobody, created.id)).code).toBe('UNAUTHENTICATED');
    expect(shopErrorOf(() => services.catalog.deleteProduct(ada, created.id)).code).toBe('FORBIDDEN');
    expect(services.catalog.getProduct(created.id)).toEqual(created);
  });

  it('refuses to delete an ordered product with CONFLICT and changes nothing', () => {
    const { services } = createTestShop();
    const orderedId = services.orders.getOrder(admin, 1).items[0]?.productId ?? 0;
    const before = services.catalog.getProduct(orderedId);
    const reviews = services.catalog.listReviews(orderedId).total;
    expect(shopErrorOf(() => services.catalog.deleteProduct(admin, orderedId)).code).toBe('CONFLICT');
    expect(services.catalog.getProduct(orderedId)).toEqual(before);
    expect(services.catalog.listReviews(orderedId).total).toBe(reviews);
  });

  it('answers NOT_FOUND for an unknown product', () => {
    const { services } = createTestShop();
    expect(shopErrorOf(() => services.catalog.deleteProduct(admin, 9999)).code).toBe('NOT_FOUND');
  });
});
