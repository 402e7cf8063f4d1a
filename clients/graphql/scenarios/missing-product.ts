import type { ErrorAnswer, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createGraphqlClient, graphqlErrorAnswer } from '../client.js';
import { ProductCardDocument } from '../generated/graphql.js';

/** An unknown id: `product` is null and `errors[0].extensions.code` is NOT_FOUND. */
export async function missingProduct(ctx: ScenarioContext): Promise<ErrorAnswer> {
  const graphql = createGraphqlClient(ctx.baseUrl);
  try {
    await graphql.request(ProductCardDocument, { id: String(ctx.inputs.missingProductId) });
  } catch (error) {
    return graphqlErrorAnswer(error);
  }
  throw new Error('The product exists.');
}
