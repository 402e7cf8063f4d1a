import type { ProductCard, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createRestClient, required, unwrap } from '../client.js';

/** Naive REST: the product, then its category by the id the product names. */
export async function productCard(ctx: ScenarioContext): Promise<ProductCard> {
  const api = createRestClient(ctx.baseUrl);
  const product = required(
    unwrap(await api.GET('/rest/products/{id}', { params: { path: { id: ctx.inputs.productId } } })),
    'id', 'name', 'priceCents', 'categoryId',
  );
  const category = unwrap(await api.GET('/rest/categories/{id}', { params: { path: { id: product.categoryId } } }));
  return { id: product.id, name: product.name, priceCents: product.priceCents, categoryName: category.name };
}

/** `include=category` embeds the category: one request. */
export async function productCardWithInclude(ctx: ScenarioContext): Promise<ProductCard> {
  const api = createRestClient(ctx.baseUrl);
  const product = required(
    unwrap(await api.GET('/rest/products/{id}', { params: { path: { id: ctx.inputs.productId }, query: { include: 'category' } } })),
    'id', 'name', 'priceCents', 'category',
  );
  return { id: product.id, name: product.name, priceCents: product.priceCents, categoryName: product.category.name };
}
