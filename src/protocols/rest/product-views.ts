import type { Product } from '../../domain/entities.js';
import type { Services } from '../../services/create-services.js';
import { pickFields, type ProductField, type ProductInclude, type ProductView } from './sparse-fields.js';

/** How many reviews `include=reviews` embeds per product. */
export const embeddedReviewCount = 5;

/**
 * Applies `fields=` and `include=` to a page of products. Relations are fetched in one batch
 * per relation for the whole page (never one query per product).
 */
export function toProductViews(
  catalog: Services['catalog'],
  products: readonly Product[],
  options: { fields?: readonly ProductField[] | undefined; include?: readonly ProductInclude[] | undefined },
): ProductView[] {
  const include = new Set(options.include ?? []);
  const categories = include.has('category') ? catalog.getCategoriesByIds(products.map((p) => p.categoryId)) : [];
  const reviews = include.has('reviews')
    ? catalog.latestReviewsWithAuthorsByProductIds(products.map((p) => p.id), embeddedReviewCount)
    : [];
  return products.map((product, index) => {
    const view = pickFields(product, options.fields);
    if (include.has('category')) view.category = categories[index] ?? null;
    if (include.has('reviews')) view.reviews = reviews[index] ?? [];
    return view;
  });
}
