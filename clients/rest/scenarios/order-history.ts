import type { OrderHistory, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createRestClient, required, unwrap, type RestClient } from '../client.js';

/** An order line names its product by id: one GET per distinct product, with `fields` or without. */
async function orderHistoryWith(ctx: ScenarioContext, productFields?: string): Promise<OrderHistory> {
  const api: RestClient = createRestClient(ctx.baseUrl, ctx.customerToken);
  const query = { sort: '-createdAt', limit: ctx.inputs.historyCount };
  const orders = unwrap(await api.GET('/rest/orders', { params: { query } })).items;
  const ids = [...new Set(orders.flatMap((order) => order.items.map((item) => item.productId)))];
  const products = await Promise.all(
    ids.map(async (id) =>
      productFields
        ? required(unwrap(await api.GET('/rest/products/{id}/fields/{fields}', { params: { path: { id, fields: productFields } } })), 'name')
        : unwrap(await api.GET('/rest/products/{id}', { params: { path: { id } } })),
    ),
  );
  const names = new Map(ids.map((id, index) => [id, products[index]?.name ?? '']));
  return {
    orders: orders.map((order) => ({
      id: order.id,
      status: order.status,
      totalCents: order.totalCents,
      items: order.items.map((item) => ({ productName: names.get(item.productId) ?? '', quantity: item.quantity })),
    })),
  };
}

/** Naive REST: the orders, then each product in full. */
export function orderHistory(ctx: ScenarioContext): Promise<OrderHistory> {
  return orderHistoryWith(ctx);
}

/** The same requests, each product reduced to its name with `fields=name`. */
export function orderHistoryWithFields(ctx: ScenarioContext): Promise<OrderHistory> {
  return orderHistoryWith(ctx, 'name');
}
