import type { PlacedOrder, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createGraphqlClient } from '../client.js';
import { LoginDocument, PlaceOrderDocument } from '../generated/graphql.js';

/** The `login` mutation for a bearer token, then `placeOrder` with it. */
export async function logInAndPlaceOrder(ctx: ScenarioContext): Promise<PlacedOrder> {
  const { login } = await createGraphqlClient(ctx.baseUrl).request(LoginDocument, ctx.buyer);
  const graphql = createGraphqlClient(ctx.baseUrl, login.token);
  const items = ctx.inputs.purchase.map((item) => ({ productId: String(item.productId), quantity: item.quantity }));
  const { placeOrder } = await graphql.request(PlaceOrderDocument, { items });
  return {
    status: placeOrder.status,
    totalCents: placeOrder.totalCents,
    items: placeOrder.items.map((item) => ({ productId: Number(item.productId), quantity: item.quantity })),
  };
}
