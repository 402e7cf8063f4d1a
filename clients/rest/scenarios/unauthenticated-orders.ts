import type { ErrorAnswer, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createRestClient, problemAnswer } from '../client.js';

/** No Authorization header: 401 with `WWW-Authenticate: Bearer` and a problem+json body. */
export async function ordersWithoutLogin(ctx: ScenarioContext): Promise<ErrorAnswer> {
  const { error } = await createRestClient(ctx.baseUrl).GET('/rest/orders');
  if (!error) throw new Error('The orders were served without a login.');
  return problemAnswer(error);
}
