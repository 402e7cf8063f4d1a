import type { ProductReviews } from '../../../scripts/compare/scenario-types.js';
import { required, type SoapScenarioContext } from './soap-kit.js';

/** GetProduct and ListReviews (each review carries its author's name), anonymous, sent together. */
export async function productReviews(ctx: SoapScenarioContext): Promise<ProductReviews> {
  const id = ctx.inputs.reviewedProductId;
  const [[{ product }], [page]] = await Promise.all([
    ctx.soap.GetProductAsync({ id }),
    ctx.soap.ListReviewsAsync({ productId: id, sort: '-createdAt', limit: ctx.inputs.reviewCount }),
  ]);
  return {
    name: required(product, 'name').name,
    reviews: (page.items ?? []).map((item) => {
      const review = required(item, 'rating', 'title', 'author');
      return { rating: review.rating, title: review.title, reviewerName: required(review.author, 'name').name };
    }),
  };
}
