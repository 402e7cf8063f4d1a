import type { ProductReviews, ScenarioContext } from '../../../scripts/compare/scenario-types.js';
import { createRestClient, required, unwrap, type RestClient } from '../client.js';

type Review = { rating: number; title: string; customerId: number };

/**
 * A review names its author by id only, and GET /rest/customers/{id} shows a customer to
 * themselves or to an admin: the names need an admin session and one request per reviewer.
 */
async function withReviewerNames(admin: RestClient, reviews: Review[]): Promise<ProductReviews['reviews']> {
  const ids = [...new Set(reviews.map((review) => review.customerId))];
  const customers = await Promise.all(ids.map(async (id) => unwrap(await admin.GET('/rest/customers/{id}', { params: { path: { id } } }))));
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  return reviews.map((review) => ({ rating: review.rating, title: review.title, reviewerName: names.get(review.customerId) ?? '' }));
}

/** Naive REST: the product, its newest reviews, then each reviewer. */
export async function productReviews(ctx: ScenarioContext): Promise<ProductReviews> {
  const api = createRestClient(ctx.baseUrl);
  const id = ctx.inputs.reviewedProductId;
  const product = required(unwrap(await api.GET('/rest/products/{id}', { params: { path: { id } } })), 'name');
  const query = { sort: '-createdAt', limit: ctx.inputs.reviewCount };
  const reviews = unwrap(await api.GET('/rest/products/{id}/reviews', { params: { path: { id }, query } }));
  return { name: product.name, reviews: await withReviewerNames(createRestClient(ctx.baseUrl, ctx.adminToken), reviews.items) };
}

/** `include=reviews` embeds the newest reviews; the reviewers still cost a request each. */
export async function productReviewsWithInclude(ctx: ScenarioContext): Promise<ProductReviews> {
  const api = createRestClient(ctx.baseUrl);
  const query = { include: 'reviews' };
  const product = required(
    unwrap(await api.GET('/rest/products/{id}', { params: { path: { id: ctx.inputs.reviewedProductId }, query } })),
    'name', 'reviews',
  );
  const newest = product.reviews.slice(0, ctx.inputs.reviewCount);
  return { name: product.name, reviews: await withReviewerNames(createRestClient(ctx.baseUrl, ctx.adminToken), newest) };
}
