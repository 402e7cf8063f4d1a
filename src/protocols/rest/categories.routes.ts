import { createRoute } from '@hono/zod-openapi';
import { CategorySchema, pageOf } from './entity-schemas.js';
import { idPath } from './request-schemas.js';
import { anyone, jsonWithEtag, linkTo, listOf, notModified, problems } from './responses.js';

const tags = ['Catalogue'];

export const listCategories = createRoute({
  method: 'get',
  path: '/rest/categories',
  operationId: 'listCategories',
  summary: 'List categories',
  description: 'Every category, in one page (there are few).',
  tags,
  security: anyone,
  responses: {
    200: {
      ...listOf(pageOf(CategorySchema, 'CategoryPage'), 'All categories.'),
      links: { getFirstCategory: linkTo('getCategory', 'Read the first category of the list.', { id: '$response.body#/items/0/id' }) },
    },
    304: notModified,
    ...problems(),
  },
});

export const getCategory = createRoute({
  method: 'get',
  path: '/rest/categories/{id}',
  operationId: 'getCategory',
  summary: 'Get a category',
  description: 'One category by id. Its products: `GET /rest/products?categoryId={id}`.',
  tags,
  security: anyone,
  request: { params: idPath('Category id.') },
  responses: {
    200: jsonWithEtag(CategorySchema, 'The category.'),
    304: notModified,
    ...problems(404, 422),
  },
});
