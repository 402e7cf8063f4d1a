import { benchCustomer, type SeededShop } from './seeded-shop.js';
import { benchProductId, pageSize, workloadNames } from './workload-constants.js';
import { createRestDialect } from './workloads/rest-dialect.js';
import type { ExpectedData } from './workloads/workload-types.js';

export interface CeilingRoute {
  method: string;
  path: string;
  status: number;
  contentType: string;
  body: string;
}

export interface CeilingRoutes {
  routes: CeilingRoute[];
  /** `ours-rest`: the bytes our REST API answered; `services`: built from the services (REST not answering). */
  source: 'ours-rest' | 'services';
}

/** Login and restock are not measured; the ceiling only has to let the REST dialect through them. */
const supportRoutes: CeilingRoute[] = [
  { method: 'POST', path: '/rest/auth/login', status: 200, contentType: 'application/json', body: '{"token":"ceiling"}' },
  { method: 'PATCH', path: `/rest/products/${benchProductId}`, status: 200, contentType: 'application/json', body: '{}' },
];

/** Asks our REST API each workload's request once and keeps the exact answer, if it is right. */
export async function captureFromRest(oursUrl: string, expected: ExpectedData): Promise<CeilingRoute[] | undefined> {
  const dialect = createRestDialect(oursUrl, expected);
  const routes: CeilingRoute[] = [];
  try {
    for (const workload of workloadNames) {
      await dialect.beforeRound(workload);
      const [step] = (await dialect.plan(workload)).steps;
      if (step === undefined) return undefined;
      const response = await fetch(new URL(step.request.path, oursUrl), { ...step.request, signal: AbortSignal.timeout(10_000) });
      const body = await response.text();
      if (response.status !== step.expectedStatus || step.check(body) !== undefined) return undefined;
      const contentType = response.headers.get('content-type') ?? 'application/json';
      routes.push({ method: step.request.method, path: step.request.path, status: response.status, contentType, body });
    }
  } catch {
    return undefined;
  }
  return [...routes, ...supportRoutes];
}

/** The same data in the envelope REST lists use (`{ items, total, limit, offset }`), for when /rest is not there yet. */
export function synthesiseFromServices(shop: SeededShop): CeilingRoute[] {
  const { catalog, orders } = shop.services;
  const categories = new Map(catalog.listCategories().map((category) => [category.id, category]));
  const page = catalog.listProducts({ limit: pageSize });
  const order = orders.placeOrder(benchCustomer, { items: [{ productId: benchProductId, quantity: 1 }] });
  const json = (method: string, path: string, status: number, value: unknown): CeilingRoute => ({
    method,
    path,
    status,
    contentType: 'application/json',
    body: JSON.stringify(value),
  });
  return [
    json('GET', `/rest/products/${benchProductId}`, 200, catalog.getProduct(benchProductId)),
    json('GET', `/rest/products?limit=${pageSize}&include=category`, 200, {
      ...page,
      items: page.items.map((product) => ({ ...product, category: categories.get(product.categoryId) })),
    }),
    json('POST', '/rest/orders', 201, order),
    ...supportRoutes,
  ];
}

export async function ceilingRoutes(oursUrl: string | undefined, expected: ExpectedData, shop: SeededShop): Promise<CeilingRoutes> {
  const captured = oursUrl === undefined ? undefined : await captureFromRest(oursUrl, expected);
  return captured ? { routes: captured, source: 'ours-rest' } : { routes: synthesiseFromServices(shop), source: 'services' };
}
