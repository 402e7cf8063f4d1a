import type { ErrorAnswer, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createRestClient, problemAnswer } from '../client.js';

/** Quantity 0: a 422 problem+json whose `errors` name the field. */
export async function orderWithZeroQuantity(ctx: ScenarioContext): Promise<ErrorAnswer> {
  const api = createRestClient(ctx.baseUrl, ctx.customerToken);
  const { error } = await api.POST('/rest/orders', { body: { items: ctx.inputs.invalidPurchase } });
  if (!error) throw new Error('The order was accepted.');
  return problemAnswer(error);
}
