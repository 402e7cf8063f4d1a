import type { ProductReviews, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createGraphqlClient } from '../client.js';
import { ProductReviewsDocument } from '../generated/graphql.js';

/** The product, its newest reviews and each author's name: one query, nested. */
export async function productReviews(ctx: ScenarioContext): Promise<ProductReviews> {
  const graphql = createGraphqlClient(ctx.baseUrl);
  const variables = { id: String(ctx.inputs.reviewedProductId), count: ctx.inputs.reviewCount };
  const { product } = await graphql.request(ProductReviewsDocument, variables);
  if (!product) throw new Error('No such product.');
  return {
    name: product.name,
    reviews: product.reviews.nodes.map((review) => ({ rating: review.rating, title: review.title, reviewerName: review.author.name })),
  };
}
