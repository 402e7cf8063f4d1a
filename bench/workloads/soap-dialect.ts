import { adminLogin, benchProductId, customerLogin, pageSize, restockLevel, type WorkloadName } from '../workload-constants.js';
import { callOk } from './http-call.js';
import { elementContents, firstText, soapResponseProblem } from './xml-checks.js';
import type { BenchRequest, BodyCheck, Dialect, DialectFactory, WorkloadPlan } from './workload-types.js';

const shopNamespace = 'http://api-playground.example/shop/v1';

/** A SOAP 1.1 document/literal request for `operation` of wsdl/shop.wsdl, with its own SOAPAction. */
function soapRequest(operation: string, bodyXml: string, token?: string): BenchRequest {
  return {
    method: 'POST',
    path: '/soap',
    headers: {
      'content-type': 'text/xml; charset=utf-8',
      soapaction: `"${shopNamespace}/${operation}"`,
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body:
      '<?xml version="1.0" encoding="UTF-8"?>' +
      `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:shop="${shopNamespace}">` +
      `<soap:Body><shop:${operation}>${bodyXml}</shop:${operation}></soap:Body></soap:Envelope>`,
  };
}

const responseCheck =
  (operation: string, check: (xml: string) => string | undefined): BodyCheck =>
  (xml) =>
    soapResponseProblem(xml, `${operation}Response`) ?? check(xml);

/** Our /soap and node-soap's `soap.listen` on the same WSDL: SOAP 1.1, bearer token over HTTP for writes. */
export const createSoapDialect: DialectFactory = (baseUrl, expected): Dialect => {
  const tokens = new Map<string, Promise<string>>();
  const login = (credentials: { email: string; password: string }) => {
    let token = tokens.get(credentials.email);
    if (!token) {
      const request = soapRequest('Login', `<shop:email>${credentials.email}</shop:email><shop:password>${credentials.password}</shop:password>`);
      token = callOk(baseUrl, request, 'SOAP Login').then((xml) => {
        const found = soapResponseProblem(xml, 'LoginResponse') === undefined ? firstText(xml, 'token') : undefined;
        if (!found) throw new Error(`SOAP Login: no token in ${xml.slice(0, 300)}`);
        return found;
      });
      tokens.set(credentials.email, token);
    }
    return token;
  };

  const listProducts = soapRequest('ListProducts', `<shop:limit>${pageSize}</shop:limit>`);
  const listCategories = soapRequest('ListCategories', '');

  const plans: Record<WorkloadName, () => Promise<WorkloadPlan>> = {
    product: async () => ({
      steps: [
        {
          request: soapRequest('GetProduct', `<shop:id>${benchProductId}</shop:id>`),
          expectedStatus: 200,
          check: responseCheck('GetProduct', (xml) => {
            if (firstText(xml, 'id') !== String(expected.product.id)) return `product id ${firstText(xml, 'id')}, expected ${expected.product.id}`;
            if (firstText(xml, 'name') !== expected.product.name) return `product name ${firstText(xml, 'name')}, expected ${expected.product.name}`;
            return undefined;
          }),
        },
      ],
    }),
    // The WSDL has no embedding: a SOAP client joins ListProducts with ListCategories itself.
    page: async () => ({
      note: 'SOAP has no embedding: a page is ListProducts + ListCategories (2 HTTP calls per operation).',
      steps: [
        {
          request: listProducts,
          expectedStatus: 200,
          // Each answer is checked against the seed on its own; together they make the join right.
          check: responseCheck('ListProducts', (xml) => {
            const items = elementContents(xml, 'items');
            if (items.length !== pageSize) return `${items.length} products, expected ${pageSize}`;
            for (const item of items) {
              const id = Number(firstText(item, 'id'));
              const want = expected.categoryIdByProductId.get(id);
              if (want === undefined || firstText(item, 'categoryId') !== String(want)) return `product ${id} has categoryId ${firstText(item, 'categoryId')}`;
            }
            return undefined;
          }),
        },
        {
          request: listCategories,
          expectedStatus: 200,
          check: responseCheck('ListCategories', (xml) => {
            const names = new Map(elementContents(xml, 'items').map((item) => [Number(firstText(item, 'id')), firstText(item, 'name')]));
            for (const [id, name] of expected.categoryNameById) {
              if (names.get(id) !== name) return `category ${id} is named ${String(names.get(id))}, expected ${name}`;
            }
            return undefined;
          }),
        },
      ],
    }),
    order: async () => ({
      steps: [
        {
          request: soapRequest(
            'PlaceOrder',
            `<shop:items><shop:productId>${benchProductId}</shop:productId><shop:quantity>1</shop:quantity></shop:items>`,
            await login(customerLogin),
          ),
          expectedStatus: 200,
          check: responseCheck('PlaceOrder', (xml) => {
            if (firstText(xml, 'status') !== 'pending') return `order status ${firstText(xml, 'status')}, expected pending`;
            if (firstText(xml, 'productId') !== String(benchProductId)) return `order does not hold product ${benchProductId}`;
            return undefined;
          }),
        },
      ],
    }),
  };

  return {
    plan: (workload) => plans[workload](),
    async beforeRound(workload) {
      if (workload !== 'order') return;
      const body = `<shop:id>${benchProductId}</shop:id><shop:stock>${restockLevel}</shop:stock>`;
      const xml = await callOk(baseUrl, soapRequest('UpdateProduct', body, await login(adminLogin)), 'SOAP restock');
      const problem = soapResponseProblem(xml, 'UpdateProductResponse');
      if (problem !== undefined) throw new Error(`SOAP restock: ${problem}`);
    },
  };
};
