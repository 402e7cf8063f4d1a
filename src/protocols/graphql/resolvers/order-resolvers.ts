import type { Order } from '../../../domain/entities.js';
import { fromPage, renamePagingFields, toPageRequest } from '../connections.js';
import type { OrderFilter, Resolvers, SubscriptionResolvers } from '../generated/resolvers-types.js';
import { sortOf, withoutNulls } from '../input-helpers.js';
import { listenerIterator } from '../listener-iterator.js';
import { parseId, parseOptionalId } from '../parse-id.js';

function orderFilterOf(filter: OrderFilter | null | undefined) {
  const { status, customerId } = withoutNulls(filter ?? {});
  const customer = parseOptionalId(customerId, 'filter.customerId');
  return { ...(status ? { status } : {}), ...(customer === undefined ? {} : { customerId: customer }) };
}

const orderStatusChanged: SubscriptionResolvers['orderStatusChanged'] = {
  // Subscribing checks the actor may see the order; the iterator ends the subscription when the client leaves.
  subscribe: (_root, { orderId }, { services, getActor }) => {
    const id = parseId(orderId, 'orderId');
    const actor = getActor();
    return listenerIterator<Order>((emit) => services.orders.watchOrder(actor, id, (order) => emit(order)));
  },
  resolve: (order: Order) => order,
};

export const orderResolvers = {
  Query: {
    orders: (_root, args, { services, getActor }) =>
      fromPage(
        renamePagingFields(() =>
          services.orders.listOrders(getActor(), { filter: orderFilterOf(args.filter), sort: sortOf(args.sort), ...toPageRequest(args) }),
        ),
      ),
    order: (_root, { id }, { services, getActor }) => services.orders.getOrder(getActor(), parseId(id, 'id')),
    cart: (_root, _args, { services, getActor }) => services.cart.getCart(getActor()),
  },
  Mutation: {
    placeOrder: (_root, { input }, { services, getActor }) =>
      services.orders.placeOrder(getActor(), {
        items: input.items.map((item, index) => ({ ...item, productId: parseId(item.productId, `items.${index}.productId`) })),
      }),
    cancelOrder: (_root, { id }, { services, getActor }) => services.orders.cancelOrder(getActor(), parseId(id, 'id')),
    updateOrderStatus: (_root, { id, status }, { services, getActor }) =>
      services.orders.updateOrderStatus(getActor(), parseId(id, 'id'), status),
    setCartItem: (_root, { productId, quantity }, { services, getActor }) =>
      services.cart.setCartItem(getActor(), parseId(productId, 'productId'), quantity),
    removeCartItem: (_root, { productId }, { services, getActor }) =>
      services.cart.removeCartItem(getActor(), parseId(productId, 'productId')),
    checkout: (_root, _args, { services, getActor }) => services.cart.checkout(getActor()),
  },
  Subscription: { orderStatusChanged },
  OrderItem: {
    product: (item, _args, { loaders }) => loaders.product.load(item.productId),
  },
  CartItem: {
    product: (item, _args, { loaders }) => loaders.product.load(item.productId),
  },
} satisfies Resolvers;
