import { describe, expect, it } from 'vitest';
import { createHashQueue } from '../../src/services/hash-queue.js';
import { shopErrorOfAsync } from '../support/shop-error.js';
import { createTestShop } from '../support/shop.js';

const cheap = { N: 1024, r: 8, p: 1 };
const newAccount = (n: number) => ({ email: `new${n}@example.com`, name: `New ${n}`, password: 'correct horse battery' });

describe('registrations per client address', () => {
  it('refuses past the limit with RATE_LIMITED and a retry-after, from that address only', async () => {
    const { services } = createTestShop({ scryptCost: cheap, registrationsPerAddress: { limit: 2, windowMs: 60_000 } });
    await services.customers.register(newAccount(1), { clientAddress: '192.0.2.1' });
    await services.customers.register(newAccount(2), { clientAddress: '192.0.2.1' });
    const refused = await shopErrorOfAsync(() => services.customers.register(newAccount(3), { clientAddress: '192.0.2.1' }));
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    await services.customers.register(newAccount(4), { clientAddress: '192.0.2.2' });
  });

  it('does not count a registration the busy hash queue refused', async () => {
    const queue = createHashQueue({ concurrency: 1, maxWaiting: 0 });
    const { services } = createTestShop({ scryptCost: cheap, hashQueue: queue, registrationsPerAddress: { limit: 2, windowMs: 60_000 } });
    const running = services.customers.register(newAccount(1), { clientAddress: '192.0.2.1' });
    const busy = await shopErrorOfAsync(() => services.customers.register(newAccount(2), { clientAddress: '192.0.2.1' }));
    expect(busy).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('busy') });
    await running;
    await services.customers.register(newAccount(3), { clientAddress: '192.0.2.1' });
  });
});
