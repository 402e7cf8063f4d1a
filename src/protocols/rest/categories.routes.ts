import { createRoute } from '@hono/zod-openapi';
import { CategorySchema, pageOf } from './entity-schemas.js';
import { idPath } from './request-schemas.js';
import { jsonWithEtag, listOf, notModified, problems } from './responses.js';

const tags = ['Catalogue'];

export const listCategories = createRoute({
  method: 'get',
  path: '/rest/categories',
  operationId: 'listCategories',
  summary: 'List categories',
  description: 'Every category, in one page (there are few).',
  tags,
  responses: {
    200: listOf(pageOf(CategorySchema, 'CategoryPage'), 'All categories.'),
    304: notModified,
    ...problems(401),
  },
});

export const getCategory = createRoute({
  method: 'get',
  path: '/rest/categories/{id}',
  operationId: 'getCategory',
  summary: 'Get a category',
  tags,
  request: { params: idPath('Category id.') },
  responses: {
    200: jsonWithEtag(CategorySchema, 'The category.'),
    304: notModified,
    ...problems(401, 404, 422),
  },
});
