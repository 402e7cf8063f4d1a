import { benchProductId, pageSize, type WorkloadName } from '../workload-constants.js';
import { callOk, isRecord, jsonHeaders } from './http-call.js';
import { checkPage, checkPendingOrder, checkProduct, jsonCheck } from './json-checks.js';
import { oneCall, type Dialect, type DialectFactory, type WorkloadPlan } from './workload-types.js';

/** Restores the exported db.json: json-server keeps every order, and rewrites the whole file on each write. */
export const jsonServerResetPath = '/__bench/reset';

/** json-server 0.17's conventions: plural routes, `_expand` for the parent, `_limit` for the page. */
export const createJsonServerDialect: DialectFactory = (baseUrl, expected): Dialect => {
  const { id, priceCents } = expected.product;
  const plans: Record<WorkloadName, () => Promise<WorkloadPlan>> = {
    product: async () => oneCall(
      { method: 'GET', path: `/products/${benchProductId}`, headers: { accept: 'application/json' } },
      200,
      jsonCheck((value) => checkProduct(value, expected)),
    ),
    page: async () => oneCall(
      { method: 'GET', path: `/products?_expand=category&_limit=${pageSize}`, headers: { accept: 'application/json' } },
      200,
      jsonCheck((value) => checkPage(value, expected, (item) => (isRecord(item.category) ? item.category.name : undefined))),
    ),
    // json-server has no rules: the client sends the whole order, as a json-server frontend would.
    order: async () => oneCall(
      {
        method: 'POST',
        path: '/orders',
        headers: jsonHeaders,
        body: JSON.stringify({ customerId: 1, status: 'pending', items: [{ productId: id, quantity: 1, unitPriceCents: priceCents }], totalCents: priceCents }),
      },
      201,
      jsonCheck(checkPendingOrder),
    ),
  };
  return {
    plan: (workload) => plans[workload](),
    async beforeRound(workload) {
      if (workload === 'order') await callOk(baseUrl, { method: 'POST', path: jsonServerResetPath, headers: {} }, 'json-server reset');
    },
  };
};
