import type { ErrorAnswer, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createGraphqlClient, graphqlErrorAnswer } from '../client.js';
import { OrderHistoryDocument } from '../generated/graphql.js';

/** No token: `data` is null and `errors[0].extensions.code` is UNAUTHENTICATED. */
export async function ordersWithoutLogin(ctx: ScenarioContext): Promise<ErrorAnswer> {
  const graphql = createGraphqlClient(ctx.baseUrl);
  try {
    await graphql.request(OrderHistoryDocument, { count: ctx.inputs.historyCount });
  } catch (error) {
    return graphqlErrorAnswer(error);
  }
  throw new Error('The orders were served without a login.');
}
