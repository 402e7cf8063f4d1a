import type { Review } from '../../../domain/entities.js';
import type { ReviewSortField, SortKey } from '../../../domain/queries.js';
import { fromPage, renamePagingFields, toPageRequest } from '../connections.js';
import type { ProductResolvers, Resolvers } from '../generated/resolvers-types.js';
import type { ReviewConnectionModel } from '../graphql-models.js';
import { productFilterOf, sortOf, withoutNulls } from '../input-helpers.js';
import { parseId, parseOptionalId } from '../parse-id.js';

/** Newest first, with the same tie-break as the batched query, so both paths page alike. */
const newestFirst: SortKey<ReviewSortField>[] = [
  { field: 'createdAt', direction: 'desc' },
  { field: 'id', direction: 'desc' },
];
const defaultReviewsPerProduct = 5;

/**
 * The first page of reviews in the default order comes from one batched query for all
 * products of the response (one extra row per product tells whether a next page exists).
 * Other pages and sorts go through the paged service call.
 */
const productReviews: ProductResolvers['reviews'] = async (product, args, { services, loaders }): Promise<ReviewConnectionModel> => {
  const first = args.first ?? defaultReviewsPerProduct;
  const batchable = !args.after && !args.sort?.length && Number.isInteger(first) && first >= 1 && first < 100;
  if (batchable) {
    const latest: Review[] = await loaders.latestReviews(first + 1).load(product.id);
    return {
      items: latest.slice(0, first),
      offset: 0,
      hasNextPage: latest.length > first,
      totalCount: () => services.catalog.listReviews(product.id, { limit: 1 }).total,
    };
  }
  const page = { limit: first, ...toPageRequest({ after: args.after }) };
  return fromPage(
    renamePagingFields(() => services.catalog.listReviews(product.id, { sort: sortOf(args.sort) ?? newestFirst, ...page })),
  );
};

export const catalogResolvers = {
  Query: {
    categories: (_root, _args, { services }) => services.catalog.listCategories(),
    category: (_root, { id }, { services }) => services.catalog.getCategory(parseId(id, 'id')),
    products: (_root, args, { services }) =>
      fromPage(
        renamePagingFields(() =>
          services.catalog.listProducts({ filter: productFilterOf(args.filter), sort: sortOf(args.sort), ...toPageRequest(args) }),
        ),
      ),
    product: (_root, { id }, { services }) => services.catalog.getProduct(parseId(id, 'id')),
  },
  Mutation: {
    createProduct: (_root, { input }, { services, getActor }) => {
      const { categoryId, ...rest } = withoutNulls(input);
      return services.catalog.createProduct(getActor(), { ...rest, categoryId: parseId(categoryId ?? '', 'categoryId') });
    },
    updateProduct: (_root, { id, input }, { services, getActor }) => {
      const { categoryId, ...rest } = withoutNulls(input);
      const category = parseOptionalId(categoryId, 'categoryId');
      return services.catalog.updateProduct(getActor(), parseId(id, 'id'), { ...rest, ...(category === undefined ? {} : { categoryId: category }) });
    },
    deleteProduct: (_root, { id }, { services, getActor }) => {
      services.catalog.deleteProduct(getActor(), parseId(id, 'id'));
      return id;
    },
    addReview: (_root, { productId, input }, { services, getActor }) =>
      services.catalog.addReview(getActor(), parseId(productId, 'productId'), withoutNulls(input)),
  },
  Category: {
    products: (category, args, { services }) =>
      fromPage(
        renamePagingFields(() =>
          services.catalog.listProducts({
            filter: { ...productFilterOf(args.filter), categoryId: category.id },
            sort: sortOf(args.sort),
            ...toPageRequest(args),
          }),
        ),
      ),
  },
  Product: {
    category: (product, _args, { loaders }) => loaders.category.load(product.categoryId),
    reviews: productReviews,
  },
  Review: {
    author: (review, _args, { loaders }) => loaders.reviewer.load(review.customerId),
  },
} satisfies Resolvers;
