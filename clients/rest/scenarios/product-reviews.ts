import type { ProductReviews, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createRestClient, required, unwrap } from '../client.js';

type ReviewWithAuthor = { rating: number; title: string; author: { name: string } };

const withReviewerNames = (reviews: ReviewWithAuthor[]): ProductReviews['reviews'] =>
  reviews.map((review) => ({ rating: review.rating, title: review.title, reviewerName: review.author.name }));

/** Naive REST: the product, and its newest reviews with `include=author` (two independent requests, sent together). */
export async function productReviews(ctx: ScenarioContext): Promise<ProductReviews> {
  const api = createRestClient(ctx.baseUrl);
  const id = ctx.inputs.reviewedProductId;
  const query = { sort: '-createdAt', limit: ctx.inputs.reviewCount, include: 'author' };
  const [product, reviews] = await Promise.all([
    api.GET('/rest/products/{id}', { params: { path: { id } } }),
    api.GET('/rest/products/{id}/reviews', { params: { path: { id }, query } }),
  ]);
  const items = unwrap(reviews).items.map((review) => required(review, 'author'));
  return { name: required(unwrap(product), 'name').name, reviews: withReviewerNames(items) };
}

/** `include=reviews` embeds the newest reviews, each with its author: one request. */
export async function productReviewsWithInclude(ctx: ScenarioContext): Promise<ProductReviews> {
  const api = createRestClient(ctx.baseUrl);
  const query = { include: 'reviews' };
  const product = required(
    unwrap(await api.GET('/rest/products/{id}', { params: { path: { id: ctx.inputs.reviewedProductId }, query } })),
    'name', 'reviews',
  );
  return { name: product.name, reviews: withReviewerNames(product.reviews.slice(0, ctx.inputs.reviewCount)) };
}
