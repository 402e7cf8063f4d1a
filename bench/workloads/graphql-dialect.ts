import { adminLogin, benchProductId, customerLogin, pageSize, restockLevel, type WorkloadName } from '../workload-constants.js';
import { bearer, callOk, isRecord, jsonHeaders, parseJson } from './http-call.js';
import { checkPage, checkPendingOrder, checkProduct } from './json-checks.js';
import { oneCall, type BenchRequest, type Dialect, type DialectFactory, type WorkloadPlan } from './workload-types.js';

/** Every scalar of a product: what REST's and SOAP's GetProduct return, so the payloads compare. */
const productQuery = `query Product($id: ID!) {
  product(id: $id) { id sku name description priceCents currency stock categoryId createdAt updatedAt }
}`;
const pageQuery = `query Page($first: Int!) {
  products(first: $first) { nodes { id name priceCents category { name } } totalCount }
}`;
const placeOrderMutation = `mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) { id status totalCents items { productId quantity unitPriceCents } }
}`;
const loginMutation = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const restockMutation = `mutation Restock($id: ID!, $stock: Int!) { updateProduct(id: $id, input: { stock: $stock }) { id stock } }`;

const graphqlRequest = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = jsonHeaders): BenchRequest => ({
  method: 'POST',
  path: '/graphql',
  headers,
  body: JSON.stringify({ query, variables }),
});

/** `data.<field>` of a GraphQL answer, or why there is none (any `errors` entry makes it wrong). */
function dataField(body: string, field: string): { value?: unknown; problem?: string } {
  const parsed = parseJson(body);
  if (!isRecord(parsed)) return { problem: `not a GraphQL response: ${body.slice(0, 120)}` };
  if (parsed.errors !== undefined) return { problem: `errors: ${JSON.stringify(parsed.errors).slice(0, 200)}` };
  if (!isRecord(parsed.data)) return { problem: 'no data' };
  return { value: parsed.data[field] };
}

const fieldCheck = (field: string, check: (value: unknown) => string | undefined) => (body: string) => {
  const { value, problem } = dataField(body, field);
  return problem ?? check(value);
};

/** Our /graphql and the peers serving the same SDL and resolvers (Apollo Server, Mercurius+jit). */
export const createGraphqlDialect: DialectFactory = (baseUrl, expected): Dialect => {
  const tokens = new Map<string, Promise<string>>();
  const login = (credentials: { email: string; password: string }) => {
    let token = tokens.get(credentials.email);
    if (!token) {
      token = callOk(baseUrl, graphqlRequest(loginMutation, credentials), 'GraphQL login').then((body) => {
        const { value, problem } = dataField(body, 'login');
        if (problem !== undefined || !isRecord(value) || typeof value.token !== 'string') throw new Error(`GraphQL login: ${problem ?? body.slice(0, 200)}`);
        return value.token;
      });
      tokens.set(credentials.email, token);
    }
    return token;
  };

  const plans: Record<WorkloadName, () => Promise<WorkloadPlan>> = {
    product: async () => oneCall(
      graphqlRequest(productQuery, { id: String(benchProductId) }),
      200,
      fieldCheck('product', (value) => checkProduct(value, expected)),
    ),
    page: async () => oneCall(
      graphqlRequest(pageQuery, { first: pageSize }),
      200,
      fieldCheck('products', (value) =>
        isRecord(value) ? checkPage(value.nodes, expected, (item) => (isRecord(item.category) ? item.category.name : undefined)) : 'no connection',
      ),
    ),
    order: async () => oneCall(
      graphqlRequest(
        placeOrderMutation,
        { input: { items: [{ productId: String(benchProductId), quantity: 1 }] } },
        bearer(await login(customerLogin)),
      ),
      200,
      fieldCheck('placeOrder', checkPendingOrder),
    ),
  };

  return {
    plan: (workload) => plans[workload](),
    async beforeRound(workload) {
      if (workload !== 'order') return;
      const request = graphqlRequest(restockMutation, { id: String(benchProductId), stock: restockLevel }, bearer(await login(adminLogin)));
      const { problem } = dataField(await callOk(baseUrl, request, 'GraphQL restock'), 'updateProduct');
      if (problem !== undefined) throw new Error(`GraphQL restock: ${problem}`);
    },
  };
};
