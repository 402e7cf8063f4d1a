import type { PlacedOrder, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createRestClient, unwrap } from '../client.js';

/** Log in for a bearer token, then POST the order with it. */
export async function logInAndPlaceOrder(ctx: ScenarioContext): Promise<PlacedOrder> {
  const session = unwrap(await createRestClient(ctx.baseUrl).POST('/rest/auth/login', { body: ctx.buyer }));
  const api = createRestClient(ctx.baseUrl, session.token);
  const order = unwrap(await api.POST('/rest/orders', { body: { items: ctx.inputs.purchase } }));
  return {
    status: order.status,
    totalCents: order.totalCents,
    items: order.items.map(({ productId, quantity }) => ({ productId, quantity })),
  };
}
