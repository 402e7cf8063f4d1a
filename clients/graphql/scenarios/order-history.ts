import type { OrderHistory, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createGraphqlClient } from '../client.js';
import { OrderHistoryDocument } from '../generated/graphql.js';

/** The `historyCount` newest orders (`first: $count`) with each line's product name: `items { product { name } }`. */
export async function orderHistory(ctx: ScenarioContext): Promise<OrderHistory> {
  const graphql = createGraphqlClient(ctx.baseUrl, ctx.customerToken);
  const { orders } = await graphql.request(OrderHistoryDocument, { count: ctx.inputs.historyCount });
  return {
    orders: orders.nodes.map((order) => ({
      id: Number(order.id),
      status: order.status,
      totalCents: order.totalCents,
      items: order.items.map((item) => ({ productName: item.product.name, quantity: item.quantity })),
    })),
  };
}
