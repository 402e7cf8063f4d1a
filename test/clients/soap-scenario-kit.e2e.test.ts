import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, faultAnswer, required } from '../../clients/soap/scenarios/soap-kit.js';
import { createShopSoapClient, type ShopClient } from '../../clients/soap/shop-soap-client.js';
import { demoLogin } from '../../src/domain/demo-accounts.js';
import { startServer, type RunningServer } from '../../src/server.js';

describe('SOAP client (node-soap + wsdl-tsclient types) with the scenario helpers, against the real server', () => {
  let server: RunningServer;
  let soap: ShopClient;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
    soap = await createShopSoapClient(server.url);
  });
  afterAll(() => server.close());

  it('calls an operation through the typed client built from the served WSDL', async () => {
    const [{ product }] = await soap.GetProductAsync({ id: 1 });
    expect(required(product, 'name', 'priceCents')).toMatchObject({ name: 'Ethiopia Yirgacheffe 250 g', priceCents: 1450 });
  });

  it('bearer() authenticates one call without changing the shared client', async () => {
    const [{ token }] = await soap.LoginAsync(demoLogin('customer'));
    const [me] = await soap.GetMeAsync({}, bearer(token));
    expect(me.customer?.email).toBe('ada@example.com');
    const anonymous = await soap.GetMeAsync({}).catch(faultAnswer);
    expect(anonymous).toEqual({ error: { code: 'UNAUTHENTICATED', fields: [] } });
  });

  it('faultAnswer() reads the typed ShopFault detail, field paths included', async () => {
    const [{ token }] = await soap.LoginAsync(demoLogin('customer'));
    const answer = await soap.PlaceOrderAsync({ items: [{ productId: 1, quantity: 0 }] }, bearer(token)).catch(faultAnswer);
    expect(answer).toEqual({ error: { code: 'VALIDATION_FAILED', fields: ['items.0.quantity'] } });
  });

  it('required() and faultAnswer() refuse what they cannot vouch for', () => {
    expect(() => required(undefined, 'name' as never)).toThrow(/lacks/);
    expect(() => required({ name: undefined as string | undefined }, 'name')).toThrow(/name/);
    const boom = new Error('socket hang up');
    expect(() => faultAnswer(boom)).toThrow(boom);
  });
});
