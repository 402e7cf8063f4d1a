import { createRoute, z } from '@hono/zod-openapi';
import { pageOf, ProductFieldsSchema, ProductListItemSchema, ProductSchema, ProductViewSchema } from './entity-schemas.js';
import {
  idPath,
  ProductInputSchema,
  ProductPatchSchema,
  productFieldsPath,
  productFieldsQuery,
  productListQuery,
  productLookupQuery,
} from './request-schemas.js';
import { anyone, bodyProblems, created, json, jsonWithEtag, linkTo, listOf, noContent, notModified, problems, signedIn } from './responses.js';

const tags = ['Catalogue'];
const productPath = idPath('Product id.');

const readCreated = { getProduct: linkTo('getProduct', 'Read the product just created or changed.', { id: '$response.body#/id' }) };

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
  security: anyone,
  request: { query: productListQuery },
  responses: {
    200: {
      ...listOf(pageOf(ProductListItemSchema, 'ProductPage'), 'One page of products.'),
      links: { getFirstProduct: linkTo('getProduct', 'Read the first product of the page.', { id: '$response.body#/items/0/id' }) },
    },
    304: notModified,
    ...problems([422, 'A parameter the document does not list, a value outside its stated range or pattern, or `minPriceCents` above `maxPriceCents`.']),
  },
});

export const getProduct = createRoute({
  method: 'get',
  path: '/rest/products/{id}',
  operationId: 'getProduct',
  summary: 'Get a product',
  description:
    'Every field of the product, always (`include=` embeds its category or reviews as in the list). ' +
    'For a sparse fieldset use `GET /rest/products/{id}/fields/{fields}`: a separate operation, so this one can promise every field.',
  tags,
  security: anyone,
  request: { params: productPath, query: productLookupQuery },
  responses: {
    200: jsonWithEtag(ProductViewSchema, 'The product.'),
    304: notModified,
    ...problems(404, 422),
  },
});

export const getProductFields = createRoute({
  method: 'get',
  path: '/rest/products/{id}/fields/{fields}',
  operationId: 'getProductFields',
  summary: 'Get some fields of a product',
  description:
    'A sparse fieldset: only the product fields named in the path (`/rest/products/1/fields/id,name,priceCents`), ' +
    'REST\'s answer to over-fetching. `include=` embeds as in the plain read. Its answer types each field as optional, ' +
    'since which ones come back depends on the path.',
  tags,
  security: anyone,
  request: { params: z.object({ ...productPath.shape, ...productFieldsPath.shape }), query: productFieldsQuery },
  responses: {
    200: jsonWithEtag(ProductFieldsSchema, 'The asked-for fields of the product.'),
    304: notModified,
    ...problems(404, 422),
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
    201: { ...created(ProductSchema, 'The new product.', '/rest/products/51'), links: readCreated },
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
    200: { ...json(ProductSchema, 'The updated product.'), links: readCreated },
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
