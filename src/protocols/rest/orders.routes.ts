import { createRoute } from '@hono/zod-openapi';
import { OrderSchema, pageOf } from './entity-schemas.js';
import { idPath, orderListQuery, OrderStatusInputSchema, PlaceOrderInputSchema } from './request-schemas.js';
import { bodyProblems, created, json, jsonWithEtag, linkTo, listOf, notModified, problems, signedIn } from './responses.js';

const readOrder = { getOrder: linkTo('getOrder', 'Read the order.', { id: '$response.body#/id' }) };

const tags = ['Orders'];
const orderPath = idPath('Order id.');
const security = signedIn;

export const listOrders = createRoute({
  method: 'get',
  path: '/rest/orders',
  operationId: 'listOrders',
  summary: 'List orders',
  description: 'Your own orders; admins see everyone\'s and may filter by `customerId`.',
  tags,
  security,
  request: { query: orderListQuery },
  responses: {
    200: {
      ...listOf(pageOf(OrderSchema, 'OrderPage'), 'One page of orders.'),
      links: { getFirstOrder: linkTo('getOrder', 'Read the first order of the page.', { id: '$response.body#/items/0/id' }) },
    },
    304: notModified,
    ...problems(401, [403, 'Only an admin may list the orders of other customers.'], 422),
  },
});

export const getOrder = createRoute({
  method: 'get',
  path: '/rest/orders/{id}',
  operationId: 'getOrder',
  summary: 'Get an order',
  description: 'Someone else\'s order is "not found" (404), so order ids reveal nothing.',
  tags,
  security,
  request: { params: orderPath },
  responses: {
    200: jsonWithEtag(OrderSchema, 'The order.'),
    304: notModified,
    ...problems(401, 404, 422),
  },
});

export const placeOrder = createRoute({
  method: 'post',
  path: '/rest/orders',
  operationId: 'placeOrder',
  summary: 'Place an order',
  description:
    'Takes the stock and copies today\'s prices in one transaction; never oversells. One order totals at most 2147483647 cents (the largest whole number every protocol carries): more is a 422 on `items`.',
  tags,
  security,
  request: { body: { required: true, content: { 'application/json': { schema: PlaceOrderInputSchema } } } },
  responses: {
    201: { ...created(OrderSchema, 'The new order (status `pending`).', '/rest/orders/61'), links: readOrder },
    ...problems(...bodyProblems, 401, 403, [409, 'Not enough stock (`code: OUT_OF_STOCK`, `errors` names the line).'], 429),
  },
});

export const cancelOrder = createRoute({
  method: 'post',
  path: '/rest/orders/{id}/cancel',
  operationId: 'cancelOrder',
  summary: 'Cancel an order',
  description: 'Puts the stock back. Only `pending` and `paid` orders can be cancelled.',
  tags,
  security,
  request: { params: orderPath },
  responses: {
    200: json(OrderSchema, 'The cancelled order.'),
    ...problems(401, 403, 404, [409, 'The order is already shipped or cancelled.'], 422, 429),
  },
});

export const updateOrderStatus = createRoute({
  method: 'patch',
  path: '/rest/orders/{id}',
  operationId: 'updateOrderStatus',
  summary: 'Change an order\'s status',
  description: 'Admins only: pending → paid → shipped (or `cancelled`, which restocks).',
  tags,
  security,
  request: { params: orderPath, body: { required: true, content: { 'application/json': { schema: OrderStatusInputSchema } } } },
  responses: {
    200: json(OrderSchema, 'The updated order.'),
    ...problems(...bodyProblems, 401, 403, 404, [409, 'That status cannot follow the current one.'], 429),
  },
});
