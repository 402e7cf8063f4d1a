import type { ProductReviews } from '../../../scripts/compare/scenario-types.js';
import { bearer, required, type SoapScenarioContext } from './soap-kit.js';

/**
 * GetProduct, ListReviews, then GetCustomer per reviewer: a Review names its author by id
 * only, and GetCustomer shows others' names to an admin alone.
 */
export async function productReviews(ctx: SoapScenarioContext): Promise<ProductReviews> {
  const id = ctx.inputs.reviewedProductId;
  const [{ product }] = await ctx.soap.GetProductAsync({ id });
  const [page] = await ctx.soap.ListReviewsAsync({ productId: id, sort: '-createdAt', limit: ctx.inputs.reviewCount });
  const reviews = (page.items ?? []).map((review) => required(review, 'rating', 'title', 'customerId'));
  const ids = [...new Set(reviews.map((review) => review.customerId))];
  const answers = await Promise.all(ids.map((customerId) => ctx.soap.GetCustomerAsync({ id: customerId }, bearer(ctx.adminToken))));
  const names = new Map(answers.map(([{ customer }]) => [customer?.id, customer?.name ?? '']));
  return {
    name: required(product, 'name').name,
    reviews: reviews.map((review) => ({ rating: review.rating, title: review.title, reviewerName: names.get(review.customerId) ?? '' })),
  };
}
