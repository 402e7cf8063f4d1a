import type { ProductCard } from '../../../scripts/compare/scenario-types.js';
import { required, type SoapScenarioContext } from './soap-kit.js';

/** GetProduct, then GetCategory for the category id it names. */
export async function productCard(ctx: SoapScenarioContext): Promise<ProductCard> {
  const [{ product }] = await ctx.soap.GetProductAsync({ id: ctx.inputs.productId });
  const found = required(product, 'id', 'name', 'priceCents', 'categoryId');
  const [{ category }] = await ctx.soap.GetCategoryAsync({ id: found.categoryId });
  return { id: found.id, name: found.name, priceCents: found.priceCents, categoryName: required(category, 'name').name };
}
