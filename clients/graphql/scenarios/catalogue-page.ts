import type { CataloguePage, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createGraphqlClient } from '../client.js';
import { CataloguePageDocument } from '../generated/graphql.js';

/** `nodes { name priceCents }` and `totalCount`: the page as it will be shown. */
export async function cataloguePage(ctx: ScenarioContext): Promise<CataloguePage> {
  const graphql = createGraphqlClient(ctx.baseUrl);
  const variables = { categoryId: String(ctx.inputs.categoryId), first: ctx.inputs.pageSize };
  const { products } = await graphql.request(CataloguePageDocument, variables);
  return { total: products.totalCount, items: products.nodes };
}
