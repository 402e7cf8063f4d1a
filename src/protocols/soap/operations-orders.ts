import { z } from 'zod';
import { orderStatuses } from '../../domain/entities.js';
import { orderSortFields } from '../../domain/queries.js';
import { defineOperation } from './operation-types.js';
import { cartShape, orderShape, pageShape } from './xml-shapes.js';
import { optional, repeated, sortList, xsdEnum, xsdInt } from './xsd-inputs.js';
import { withoutUndefined } from '../../domain/objects.js';
import { withFieldNames, withoutFilterPrefix } from '../../services/validate.js';

const byId = z.strictObject({ id: xsdInt });
const byProduct = z.strictObject({ productId: xsdInt });

/** Orders and the cart: a customer's own, or everyone's for an admin. */
export const orderOperations = [
  defineOperation({
    name: 'ListOrders',
    auth: 'customer',
    input: z.strictObject({
      status: optional(xsdEnum(orderStatuses)),
      customerId: optional(xsdInt),
      sort: optional(sortList(orderSortFields)),
      limit: optional(xsdInt),
      offset: optional(xsdInt),
    }),
    output: pageShape(orderShape),
    sample: { status: 'pending', sort: '-createdAt', limit: 10, offset: 0 },
    run: (services, actor, { status, customerId, ...list }) =>
      withFieldNames(withoutFilterPrefix, () =>
        services.orders.listOrders(actor, withoutUndefined({ filter: withoutUndefined({ status, customerId }), ...list })),
      ),
  }),
  defineOperation({
    name: 'GetOrder',
    auth: 'customer',
    input: byId,
    output: { order: orderShape },
    sample: { id: 1 },
    run: (services, actor, { id }) => ({ order: services.orders.getOrder(actor, id) }),
  }),
  defineOperation({
    name: 'PlaceOrder',
    auth: 'customer',
    input: z.strictObject({ items: repeated(z.strictObject({ productId: xsdInt, quantity: xsdInt })) }),
    output: { order: orderShape },
    sample: { items: [{ productId: 1, quantity: 2 }, { productId: 3, quantity: 1 }] },
    run: (services, actor, args) => ({ order: services.orders.placeOrder(actor, args) }),
  }),
  defineOperation({
    name: 'CancelOrder',
    auth: 'customer',
    input: byId,
    output: { order: orderShape },
    sample: { id: 1 },
    run: (services, actor, { id }) => ({ order: services.orders.cancelOrder(actor, id) }),
  }),
  defineOperation({
    name: 'UpdateOrderStatus',
    auth: 'admin',
    input: z.strictObject({ id: xsdInt, status: xsdEnum(orderStatuses) }),
    output: { order: orderShape },
    sample: { id: 1, status: 'paid' },
    run: (services, actor, { id, status }) => ({ order: services.orders.updateOrderStatus(actor, id, status) }),
  }),
  defineOperation({
    name: 'GetCart',
    auth: 'customer',
    input: z.strictObject({}),
    output: { cart: cartShape },
    sample: {},
    run: (services, actor) => ({ cart: services.cart.getCart(actor) }),
  }),
  defineOperation({
    name: 'SetCartItem',
    auth: 'customer',
    input: z.strictObject({ productId: xsdInt, quantity: xsdInt }),
    output: { cart: cartShape },
    sample: { productId: 1, quantity: 2 },
    run: (services, actor, { productId, quantity }) => ({ cart: services.cart.setCartItem(actor, productId, quantity) }),
  }),
  defineOperation({
    name: 'RemoveCartItem',
    auth: 'customer',
    input: byProduct,
    output: { cart: cartShape },
    sample: { productId: 1 },
    run: (services, actor, { productId }) => ({ cart: services.cart.removeCartItem(actor, productId) }),
  }),
  defineOperation({
    name: 'Checkout',
    auth: 'customer',
    input: z.strictObject({}),
    output: { order: orderShape },
    sample: {},
    run: (services, actor) => ({ order: services.cart.checkout(actor) }),
  }),
];
