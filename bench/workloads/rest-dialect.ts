import { adminLogin, benchProductId, customerLogin, pageSize, restockLevel, type WorkloadName } from '../workload-constants.js';
import { bearer, callOk, isRecord, jsonHeaders, parseJson } from './http-call.js';
import { checkPage, checkPendingOrder, checkProduct, jsonCheck } from './json-checks.js';
import { oneCall, type Dialect, type DialectFactory, type WorkloadPlan } from './workload-types.js';

/** Our REST contract (and the ceiling, which answers the same paths with the same bytes). */
export const createRestDialect: DialectFactory = (baseUrl, expected): Dialect => {
  const tokens = new Map<string, Promise<string>>();

  const login = (credentials: { email: string; password: string }) => {
    let token = tokens.get(credentials.email);
    if (!token) {
      token = callOk(baseUrl, { method: 'POST', path: '/rest/auth/login', headers: jsonHeaders, body: JSON.stringify(credentials) }, 'REST login').then(
        (body) => {
          const parsed = parseJson(body);
          if (!isRecord(parsed) || typeof parsed.token !== 'string') throw new Error(`REST login: no token in ${body.slice(0, 200)}`);
          return parsed.token;
        },
      );
      tokens.set(credentials.email, token);
    }
    return token;
  };

  const plans: Record<WorkloadName, () => Promise<WorkloadPlan>> = {
    product: async () => oneCall(
      { method: 'GET', path: `/rest/products/${benchProductId}`, headers: { accept: 'application/json' } },
      200,
      jsonCheck((value) => checkProduct(value, expected)),
    ),
    page: async () => oneCall(
      { method: 'GET', path: `/rest/products?limit=${pageSize}&include=category`, headers: { accept: 'application/json' } },
      200,
      jsonCheck((value) =>
        isRecord(value) ? checkPage(value.items, expected, (item) => (isRecord(item.category) ? item.category.name : undefined)) : 'no list envelope',
      ),
    ),
    order: async () => oneCall(
      {
        method: 'POST',
        path: '/rest/orders',
        headers: bearer(await login(customerLogin)),
        body: JSON.stringify({ items: [{ productId: benchProductId, quantity: 1 }] }),
      },
      201,
      jsonCheck(checkPendingOrder),
    ),
  };

  return {
    plan: (workload) => plans[workload](),
    async beforeRound(workload) {
      if (workload !== 'order') return;
      const request = {
        method: 'PATCH' as const,
        path: `/rest/products/${benchProductId}`,
        headers: bearer(await login(adminLogin)),
        body: JSON.stringify({ stock: restockLevel }),
      };
      await callOk(baseUrl, request, 'REST restock');
    },
  };
};
