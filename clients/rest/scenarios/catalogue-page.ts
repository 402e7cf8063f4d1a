import type { CataloguePage, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createRestClient, required, unwrap } from '../client.js';

/** Naive REST: the page of full products; the client keeps two fields of each. */
export async function cataloguePage(ctx: ScenarioContext): Promise<CataloguePage> {
  const api = createRestClient(ctx.baseUrl);
  const page = unwrap(
    await api.GET('/rest/products', { params: { query: { categoryId: ctx.inputs.categoryId, limit: ctx.inputs.pageSize } } }),
  );
  const items = page.items.map((item) => required(item, 'name', 'priceCents'));
  return { total: page.total, items: items.map(({ name, priceCents }) => ({ name, priceCents })) };
}

/** `fields=name,priceCents`: the server sends only what the page shows. */
export async function cataloguePageWithFields(ctx: ScenarioContext): Promise<CataloguePage> {
  const api = createRestClient(ctx.baseUrl);
  const query = { categoryId: ctx.inputs.categoryId, limit: ctx.inputs.pageSize, fields: 'name,priceCents' };
  const page = unwrap(await api.GET('/rest/products', { params: { query } }));
  const items = page.items.map((item) => required(item, 'name', 'priceCents'));
  return { total: page.total, items: items.map(({ name, priceCents }) => ({ name, priceCents })) };
}
