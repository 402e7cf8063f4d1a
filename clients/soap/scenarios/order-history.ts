import type { OrderHistory } from '../../../scripts/compare/scenario-types.js';
import { bearer, required, type SoapScenarioContext } from './soap-kit.js';

/** ListOrders, then GetProduct per distinct product for its name. */
export async function orderHistory(ctx: SoapScenarioContext): Promise<OrderHistory> {
  const [page] = await ctx.soap.ListOrdersAsync({ sort: '-createdAt', limit: ctx.inputs.historyCount }, bearer(ctx.customerToken));
  const orders = (page.items ?? []).map((order) => required(order, 'id', 'status', 'totalCents'));
  const lines = orders.flatMap((order) => order.items ?? []).map((item) => required(item, 'productId', 'quantity'));
  const ids = [...new Set(lines.map((line) => line.productId))];
  const answers = await Promise.all(ids.map((id) => ctx.soap.GetProductAsync({ id })));
  const names = new Map(answers.map(([{ product }]) => [product?.id, product?.name ?? '']));
  return {
    orders: orders.map((order) => ({
      id: order.id,
      status: order.status,
      totalCents: order.totalCents,
      items: (order.items ?? []).map((item) => ({ productName: names.get(item.productId) ?? '', quantity: item.quantity ?? 0 })),
    })),
  };
}
