import { describe, expect, it } from 'vitest';
import { ada, admin, createTestShop, grace, nobody } from '../support/shop.js';
import { fieldPaths, shopErrorOf, shopErrorOfAsync } from '../support/shop-error.js';

/** Cheap scrypt for tests that register accounts; the OWASP cost is checked once below. */
const cheapScrypt = { N: 1024, r: 8, p: 1 };
const newCustomer = { email: 'Linus.New@Example.COM', name: ' Linus New ', password: 'correct horse battery' };

describe('customers.register', () => {
  it('normalises the email to lower case and trims the name', async () => {
    const { services } = createTestShop({ scryptCost: cheapScrypt });
    const customer = await services.customers.register(newCustomer);
    expect(customer).toEqual({
      id: 22,
      email: 'linus.new@example.com',
      name: 'Linus New',
      role: 'customer',
      createdAt: expect.any(String),
    });
    expect(Object.keys(customer)).not.toContain('passwordHash');
  });

  it('checks the email as sent: surrounding spaces are refused, as the contract says', async () => {
    const { services } = createTestShop({ scryptCost: cheapScrypt });
    const error = await shopErrorOfAsync(() => services.customers.register({ ...newCustomer, email: ' linus.new@example.com ' }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error)).toEqual(['email']);
  });

  it('stores an OWASP-cost scrypt hash and never returns it', async () => {
    const { services, store } = createTestShop();
    const customer = await services.customers.register(newCustomer);
    const record = store.findCustomerByEmail('linus.new@example.com');
    expect(record?.passwordHash).toMatch(/^scrypt\$16384\$8\$5\$[\w-]{22}\$[\w-]{43}$/);
    expect(record?.passwordHash).not.toContain(newCustomer.password);
    expect(JSON.stringify(customer)).not.toContain('scrypt');
    expect(JSON.stringify(services.customers.getCustomer(admin, customer.id))).not.toContain('scrypt');
  });

  it('refuses a taken email whatever its case with CONFLICT', async () => {
    const { services } = createTestShop({ scryptCost: cheapScrypt });
    const error = await shopErrorOfAsync(() => services.customers.register({ ...newCustomer, email: 'ADA@example.com' }));
    expect(error.code).toBe('CONFLICT');
    expect(fieldPaths(error)).toEqual(['email']);
    await services.customers.register(newCustomer);
    const again = await shopErrorOfAsync(() => services.customers.register({ ...newCustomer, email: 'linus.new@EXAMPLE.com' }));
    expect(again.code).toBe('CONFLICT');
  });

  it('lets only one of two parallel registrations of one email through', async () => {
    const { services } = createTestShop({ scryptCost: cheapScrypt });
    const results = await Promise.allSettled([services.customers.register(newCustomer), services.customers.register(newCustomer)]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { code: 'CONFLICT', fields: [{ path: 'email' }] },
    });
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a short password', { ...newCustomer, password: 'short' }, 'password'],
    ['a password over 128 characters', { ...newCustomer, password: 'x'.repeat(129) }, 'password'],
    ['a malformed email', { ...newCustomer, email: 'not-an-email' }, 'email'],
    ['an empty name', { ...newCustomer, name: '   ' }, 'name'],
    ['a role (mass assignment)', { ...newCustomer, role: 'admin' }, 'role'],
  ];

  it.each(invalid)('refuses %s with VALIDATION_FAILED naming the field', async (_name, input, path) => {
    const { services } = createTestShop({ scryptCost: cheapScrypt });
    const error = await shopErrorOfAsync(() => services.customers.register(input));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(fieldPaths(error)).toEqual([path]);
    expect(services.customers.listCustomers(admin).total).toBe(21);
  });
});

describe('customers: reading accounts', () => {
  it('me returns the signed-in customer', () => {
    const { services } = createTestShop();
    expect(services.customers.me(ada)).toMatchObject({ id: 1, email: 'ada@example.com', role: 'customer' });
    expect(shopErrorOf(() => services.customers.me(nobody)).code).toBe('UNAUTHENTICATED');
  });

  it('listCustomers is admin-only and paged', () => {
    const { services } = createTestShop();
    const page = services.customers.listCustomers(admin, { limit: 5, offset: 20 });
    expect(page).toMatchObject({ total: 21, limit: 5, offset: 20 });
    expect(page.items.map((c) => [c.id, c.role])).toEqual([[21, 'admin']]);
    expect(services.customers.listCustomers(admin).items).toHaveLength(20);
    expect(shopErrorOf(() => services.customers.listCustomers(ada)).code).toBe('FORBIDDEN');
    expect(shopErrorOf(() => services.customers.listCustomers(nobody)).code).toBe('UNAUTHENTICATED');
    expect(fieldPaths(shopErrorOf(() => services.customers.listCustomers(admin, { limit: 101 })))).toEqual(['limit']);
  });

  it('getCustomer shows oneself or, to an admin, anyone; another customer is NOT_FOUND', () => {
    const { services } = createTestShop();
    expect(services.customers.getCustomer(ada, 1).email).toBe('ada@example.com');
    expect(services.customers.getCustomer(admin, 2).email).toBe('grace@example.com');
    expect(shopErrorOf(() => services.customers.getCustomer(grace, 1)).code).toBe('NOT_FOUND');
    expect(shopErrorOf(() => services.customers.getCustomer(admin, 999)).code).toBe('NOT_FOUND');
    expect(shopErrorOf(() => services.customers.getCustomer(nobody, 1)).code).toBe('UNAUTHENTICATED');
  });

  it('getReviewersByIds exposes only id and name, for anyone', () => {
    const { services } = createTestShop();
    const [reviewer] = services.customers.getReviewersByIds([21]);
    expect(reviewer).toEqual({ id: 21, name: 'Shop Admin' });
  });
});
