import type { OrderHistory } from '../../../scripts/compare/scenario-types.js';
import { bearer, required, type SoapScenarioContext } from './soap-kit.js';

/** ListOrders, then GetProduct per distinct product for its name. */
export async function orderHistory(ctx: SoapScenarioContext): Promise<OrderHistory> {
  const [page] = await ctx.soap.ListOrdersAsync({ sort: '-createdAt', limit: ctx.inputs.historyCount }, bearer(ctx.customerToken));
  const orders = (page.items ?? []).map((order) => {
    const { id, status, totalCents, items } = required(order, 'id', 'status', 'totalCents');
    return { id, status, totalCents, lines: (items ?? []).map((item) => required(item, 'productId', 'quantity')) };
  });
  const ids = [...new Set(orders.flatMap((order) => order.lines.map((line) => line.productId)))];
  const answers = await Promise.all(ids.map((id) => ctx.soap.GetProductAsync({ id })));
  const names = new Map(answers.map(([{ product }]) => [product?.id, product?.name ?? '']));
  return {
    orders: orders.map(({ lines, ...order }) => ({
      ...order,
      items: lines.map((line) => ({ productName: names.get(line.productId) ?? '', quantity: line.quantity })),
    })),
  };
}
