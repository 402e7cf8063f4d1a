import type { ErrorAnswer, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createGraphqlClient, graphqlErrorAnswer } from '../client.js';
import { PlaceOrderDocument } from '../generated/graphql.js';

/** Quantity 0: HTTP 200, `errors[0].extensions` carries VALIDATION_FAILED and the field paths. */
export async function orderWithZeroQuantity(ctx: ScenarioContext): Promise<ErrorAnswer> {
  const graphql = createGraphqlClient(ctx.baseUrl, ctx.customerToken);
  const items = ctx.inputs.invalidPurchase.map((item) => ({ productId: String(item.productId), quantity: item.quantity }));
  try {
    await graphql.request(PlaceOrderDocument, { items });
  } catch (error) {
    return graphqlErrorAnswer(error);
  }
  throw new Error('The order was accepted.');
}
