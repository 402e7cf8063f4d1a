import type { CataloguePage } from '../../../scripts/compare/scenario-types.js';
import { required, type SoapScenarioContext } from './soap-kit.js';

/** ListProducts with a category and a limit; every product element comes whole. */
export async function cataloguePage(ctx: SoapScenarioContext): Promise<CataloguePage> {
  const [page] = await ctx.soap.ListProductsAsync({ categoryId: ctx.inputs.categoryId, limit: ctx.inputs.pageSize });
  const items = (page.items ?? []).map((item) => required(item, 'name', 'priceCents'));
  return { total: page.total ?? 0, items: items.map(({ name, priceCents }) => ({ name, priceCents })) };
}
