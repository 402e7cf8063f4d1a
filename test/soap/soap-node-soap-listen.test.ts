import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import soap from 'soap';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShopSoapClient, logIn, type ShopClient } from '../../clients/soap/shop-soap-client.js';
import { createNodeSoapService } from '../../src/protocols/soap/node-soap-service.js';
import { loadWsdl } from '../../src/protocols/soap/wsdl-document.js';
import { faultOf } from '../support/soap-requests.js';
import { createTestKit, testLogins, type TestKit } from '../support/test-kit.js';

/** The operation table is framework-neutral: node-soap's own server runs it from the same WSDL. */
describe('the operation table under node-soap’s soap.listen', () => {
  let server: Server;
  let client: ShopClient;
  let shop: TestKit;
  beforeEach(async () => {
    shop = createTestKit();
    server = createServer((_req, res) => {
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => soap.listen(server, { path: '/soap', services: createNodeSoapService(shop.services), xml: loadWsdl().forOrigin(url), callback: () => resolve() }));
    client = await createShopSoapClient(url);
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers reads with the same values as the services', async () => {
    const [product] = await client.GetProductAsync({ id: 2 });
    // node-soap's client reads xsd:dateTime as Date; JSON turns them back into ISO strings.
    const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    expect(plain(product.product)).toEqual(shop.services.catalog.getProduct(2));
    const [page] = await client.ListProductsAsync({ inStock: true, sort: '-priceCents', limit: 3 });
    expect(plain(page)).toEqual(shop.services.catalog.listProducts({ filter: { inStock: true }, sort: [{ field: 'priceCents', direction: 'desc' }], limit: 3 }));
  });

  it('validates arguments, authenticates, and faults with the ShopFault detail', async () => {
    expect(await faultOf(client.ListProductsAsync({ limit: 500 }))).toMatchObject({ faultcode: 'soap:Client', code: 'VALIDATION_FAILED', fields: [expect.objectContaining({ path: 'limit' })] });
    expect(await faultOf(client.GetCartAsync({}))).toMatchObject({ code: 'UNAUTHENTICATED' });
    await logIn(client, testLogins.customer.email, testLogins.customer.password);
    const [placed] = await client.PlaceOrderAsync({ items: [{ productId: 2, quantity: 1 }] });
    expect(placed.order).toMatchObject({ customerId: 1, items: [{ productId: 2, quantity: 1 }] });
    expect(await faultOf(client.ListCustomersAsync({}))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
