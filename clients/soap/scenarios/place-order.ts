import type { PlacedOrder } from '../../../scripts/compare/scenario-types.js';
import { bearer, required, type SoapScenarioContext } from './soap-kit.js';

/** Login for a session token, then PlaceOrder with it as `Authorization: Bearer`. */
export async function logInAndPlaceOrder(ctx: SoapScenarioContext): Promise<PlacedOrder> {
  const [{ token }] = await ctx.soap.LoginAsync(ctx.buyer);
  const [{ order }] = await ctx.soap.PlaceOrderAsync({ items: ctx.inputs.purchase }, bearer(token));
  const placed = required(order, 'status', 'totalCents', 'items');
  return {
    status: placed.status,
    totalCents: placed.totalCents,
    items: placed.items.map((item) => required(item, 'productId', 'quantity')).map(({ productId, quantity }) => ({ productId, quantity })),
  };
}
