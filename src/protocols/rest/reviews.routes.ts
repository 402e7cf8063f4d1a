import { createRoute } from '@hono/zod-openapi';
import { pageOf, ReviewSchema, ReviewViewSchema } from './entity-schemas.js';
import { idPath, ReviewInputSchema, reviewListQuery } from './request-schemas.js';
import { anyone, bodyProblems, created, linkTo, listOf, notModified, problems, signedIn } from './responses.js';

const tags = ['Reviews'];
const productPath = idPath('Product id.');

export const listReviews = createRoute({
  method: 'get',
  path: '/rest/products/{id}/reviews',
  operationId: 'listReviews',
  summary: 'List the reviews of a product',
  description: 'Anyone. `include=author` embeds each review\'s author (id and name, nothing else of the customer).',
  tags,
  security: anyone,
  request: { params: productPath, query: reviewListQuery },
  responses: {
    200: listOf(pageOf(ReviewViewSchema, 'ReviewPage'), 'One page of reviews.'),
    304: notModified,
    ...problems(404, 422),
  },
});

export const addReview = createRoute({
  method: 'post',
  path: '/rest/products/{id}/reviews',
  operationId: 'addReview',
  summary: 'Review a product',
  description: 'Signed-in customers; one review per customer and product.',
  tags,
  security: signedIn,
  request: { params: productPath, body: { required: true, content: { 'application/json': { schema: ReviewInputSchema } } } },
  responses: {
    201: {
      ...created(ReviewSchema, 'The new review.', '/rest/products/1/reviews'),
      links: {
        listReviews: linkTo('listReviews', 'The reviews of the product, this one among them.', { id: '$response.body#/productId' }),
      },
    },
    ...problems(...bodyProblems, 401, 403, 404, [409, 'You have already reviewed this product.'], 429),
  },
});
