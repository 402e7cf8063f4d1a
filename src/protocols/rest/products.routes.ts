import { createRoute } from '@hono/zod-openapi';
import { pageOf, ProductSchema, ProductViewSchema } from './entity-schemas.js';
import { idPath, ProductInputSchema, ProductPatchSchema, productListQuery, productLookupQuery } from './request-schemas.js';
import { bodyProblems, created, json, jsonWithEtag, listOf, noContent, notModified, problems, signedIn } from './responses.js';

const tags = ['Catalogue'];
const productPath = idPath('Product id.');

export const listProducts = createRoute({
  method: 'get',
  path: '/rest/products',
  operationId: 'listProducts',
  summary: 'List products',
  description:
    'Filter (`categoryId`, `q`, `minPriceCents`, `maxPriceCents`, `inStock`), sort (`sort=priceCents,-createdAt`) ' +
    'and page (`limit`, `offset`). `include=category,reviews` embeds related data in one round trip; ' +
    '`fields=id,name,priceCents` returns only what you need.',
  tags,
  request: { query: productListQuery },
  responses: {
    200: listOf(pageOf(ProductViewSchema, 'ProductPage'), 'One page of products.'),
    304: notModified,
    ...problems(401, [422, 'An unknown filter, sort field, `include` or `fields` name, or a value out of range.']),
  },
});

export const getProduct = createRoute({
  method: 'get',
  path: '/rest/products/{id}',
  operationId: 'getProduct',
  summary: 'Get a product',
  description: 'Takes the same `include` and `fields` as the list.',
  tags,
  request: { params: productPath, query: productLookupQuery },
  responses: {
    200: jsonWithEtag(ProductViewSchema, 'The product.'),
    304: notModified,
    ...problems(401, 404, 422),
  },
});

export const createProduct = createRoute({
  method: 'post',
  path: '/rest/products',
  operationId: 'createProduct',
  summary: 'Create a product',
  description: 'Admins only.',
  tags,
  security: signedIn,
  request: { body: { required: true, content: { 'application/json': { schema: ProductInputSchema } } } },
  responses: {
    201: created(ProductSchema, 'The new product.', '/rest/products/51'),
    ...problems(...bodyProblems, 401, 403, [409, 'The SKU is already used by another product.'], 429),
  },
});

export const updateProduct = createRoute({
  method: 'patch',
  path: '/rest/products/{id}',
  operationId: 'updateProduct',
  summary: 'Update a product',
  description: 'Admins only. Send just the fields to change.',
  tags,
  security: signedIn,
  request: { params: productPath, body: { required: true, content: { 'application/json': { schema: ProductPatchSchema } } } },
  responses: {
    200: json(ProductSchema, 'The updated product.'),
    ...problems(...bodyProblems, 401, 403, 404, [409, 'The SKU is already used by another product.'], 429),
  },
});

export const deleteProduct = createRoute({
  method: 'delete',
  path: '/rest/products/{id}',
  operationId: 'deleteProduct',
  summary: 'Delete a product',
  description: 'Admins only. A product that appears in orders cannot be deleted (409): set its stock to 0 instead.',
  tags,
  security: signedIn,
  request: { params: productPath },
  responses: {
    204: noContent('Deleted.'),
    ...problems(401, 403, 404, [409, 'The product appears in orders.'], 422, 429),
  },
});
