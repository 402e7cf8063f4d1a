import DataLoader from 'dataloader';
import type { Category, Product, Review, Reviewer } from '../../domain/entities.js';
import { notFound } from '../../domain/errors.js';
import type { Services } from '../../services/create-services.js';

/** A batch result with a hole for each id the service did not find, as DataLoader expects. */
const orNotFound =
  <T>(entity: string) =>
  (found: readonly (T | undefined)[], ids: readonly number[]): (T | Error)[] =>
    found.map((item, index) => item ?? notFound(entity, ids[index] ?? '?'));

/**
 * One loader per nested field: all `Product.category` lookups of a response become one
 * query, and so on. Built per request (see createGraphqlContext).
 */
export function createLoaders(services: Services) {
  const { catalog, customers } = services;
  const latestReviews = new Map<number, DataLoader<number, Review[]>>();
  return {
    category: new DataLoader<number, Category>(async (ids) =>
      orNotFound<Category>('Category')(catalog.getCategoriesByIds(ids), ids),
    ),
    product: new DataLoader<number, Product>(async (ids) =>
      orNotFound<Product>('Product')(catalog.getProductsByIds(ids), ids),
    ),
    reviewer: new DataLoader<number, Reviewer>(async (ids) =>
      orNotFound<Reviewer>('Customer')(customers.getReviewersByIds(ids), ids),
    ),
    /** The newest `perProduct` reviews of each product; one loader per page size asked for. */
    latestReviews(perProduct: number): DataLoader<number, Review[]> {
      let loader = latestReviews.get(perProduct);
      if (!loader) {
        loader = new DataLoader<number, Review[]>(async (ids) => catalog.latestReviewsByProductIds(ids, perProduct));
        latestReviews.set(perProduct, loader);
      }
      return loader;
    },
  };
}

export type ShopLoaders = ReturnType<typeof createLoaders>;
