import type { ProductCard, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createGraphqlClient } from '../client.js';
import { ProductCardDocument } from '../generated/graphql.js';

/** One query names exactly the fields the card shows, the category's name included. */
export async function productCard(ctx: ScenarioContext): Promise<ProductCard> {
  const graphql = createGraphqlClient(ctx.baseUrl);
  const { product } = await graphql.request(ProductCardDocument, { id: String(ctx.inputs.productId) });
  if (!product) throw new Error('No such product.');
  return { id: Number(product.id), name: product.name, priceCents: product.priceCents, categoryName: product.category.name };
}
