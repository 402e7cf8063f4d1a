import { createRoute } from '@hono/zod-openapi';
import { CartSchema, OrderSchema } from './entity-schemas.js';
import { CartItemInputSchema, productIdPath } from './request-schemas.js';
import { bodyProblems, created, json, jsonWithEtag, linkTo, noContent, notModified, problems, signedIn } from './responses.js';

const tags = ['Cart'];
const security = signedIn;

export const getCart = createRoute({
  method: 'get',
  path: '/rest/cart',
  operationId: 'getCart',
  summary: 'Get your cart',
  description: 'The products in your cart and their total at today\'s prices (the cart keeps no prices of its own).',
  tags,
  security,
  responses: {
    200: jsonWithEtag(CartSchema, 'Your cart, priced at today\'s prices.'),
    304: notModified,
    ...problems(401),
  },
});

export const setCartItem = createRoute({
  method: 'put',
  path: '/rest/cart/items/{productId}',
  operationId: 'setCartItem',
  summary: 'Put a product in your cart',
  description: 'Sets the quantity of one product (idempotent: the same request twice leaves the same cart).',
  tags,
  security,
  request: { params: productIdPath, body: { required: true, content: { 'application/json': { schema: CartItemInputSchema } } } },
  responses: {
    200: json(CartSchema, 'The cart after the change.'),
    ...problems(...bodyProblems, 401, 403, [404, 'No such product.'], 429),
  },
});

export const removeCartItem = createRoute({
  method: 'delete',
  path: '/rest/cart/items/{productId}',
  operationId: 'removeCartItem',
  summary: 'Take a product out of your cart',
  description: 'Removes the product from the cart whatever its quantity.',
  tags,
  security,
  request: { params: productIdPath },
  responses: {
    204: noContent('Removed.'),
    ...problems(401, 403, [404, 'That product is not in your cart.'], 422, 429),
  },
});

export const checkout = createRoute({
  method: 'post',
  path: '/rest/cart/checkout',
  operationId: 'checkout',
  summary: 'Check out',
  description: 'Turns the cart into an order and empties it, in one transaction. The order totals at most 2147483647 cents (a 422 on `items` otherwise).',
  tags,
  security,
  responses: {
    201: {
      ...created(OrderSchema, 'The new order; `Location` points to it.', '/rest/orders/61'),
      links: { getOrder: linkTo('getOrder', 'Read the new order.', { id: '$response.body#/id' }) },
    },
    ...problems(401, 403, [409, 'The cart is empty, or a product is out of stock (`code: OUT_OF_STOCK`).'], 422, 429),
  },
});
