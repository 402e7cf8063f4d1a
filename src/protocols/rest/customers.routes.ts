import { createRoute } from '@hono/zod-openapi';
import { CustomerSchema, pageOf } from './entity-schemas.js';
import { idPath, pageQuery } from './request-schemas.js';
import { jsonWithEtag, linkTo, listOf, notModified, problems, signedIn } from './responses.js';

const tags = ['Customers'];

export const listCustomers = createRoute({
  method: 'get',
  path: '/rest/customers',
  operationId: 'listCustomers',
  summary: 'List customers',
  description: 'Admins only.',
  tags,
  security: signedIn,
  request: { query: pageQuery },
  responses: {
    200: {
      ...listOf(pageOf(CustomerSchema, 'CustomerPage'), 'One page of customers.'),
      links: { getFirstCustomer: linkTo('getCustomer', 'Read the first customer of the page.', { id: '$response.body#/items/0/id' }) },
    },
    304: notModified,
    ...problems(401, 403, 422),
  },
});

export const getCustomer = createRoute({
  method: 'get',
  path: '/rest/customers/{id}',
  operationId: 'getCustomer',
  summary: 'Get a customer',
  description: 'Your own account, or any account for admins. Others are "not found" (404).',
  tags,
  security: signedIn,
  request: { params: idPath('Customer id.') },
  responses: {
    200: jsonWithEtag(CustomerSchema, 'The customer.'),
    304: notModified,
    ...problems(401, 404, 422),
  },
});
