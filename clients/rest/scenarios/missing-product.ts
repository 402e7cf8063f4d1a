import type { ErrorAnswer, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createRestClient, problemAnswer } from '../client.js';

/** An unknown id: 404 with a problem+json body. */
export async function missingProduct(ctx: ScenarioContext): Promise<ErrorAnswer> {
  const api = createRestClient(ctx.baseUrl);
  const { error } = await api.GET('/rest/products/{id}', { params: { path: { id: ctx.inputs.missingProductId } } });
  if (!error) throw new Error('The product exists.');
  return problemAnswer(error);
}
