import type { Actor } from '../domain/actor.js';
import type { Order, OrderItem, OrderStatus, Page } from '../domain/entities.js';
import { notFound, ShopError } from '../domain/errors.js';
import { canChangeStatus, maxOrderTotalCents } from '../domain/order-rules.js';
import type { Store } from '../store/store-types.js';
import { canSee, requireAdmin, requireSignedIn } from './authorization.js';
import type { Clock } from './clock.js';
import { idInput, orderStatusInput, placeOrderInput } from './input-schemas.js';
import { parseOrderList, type OrderListInput } from './list-inputs.js';
import type { OrderEventKind, OrderEvents } from './order-events.js';
import { validate } from './validate.js';
import type { WriteGuard } from './write-limit.js';

export type OrderService = ReturnType<typeof createOrderService>;

export function createOrderService(store: Store, clock: Clock, events: OrderEvents, guardWrite: WriteGuard) {
  const now = () => clock.now().toISOString();

  /** Someone else's order is "not found": order ids are guessable, their existence is not shown. */
  function getOwnOrder(actor: Actor, id: number): Order {
    const signedIn = requireSignedIn(actor);
    const order = store.getOrdersByIds([validate(idInput, id, 'id')])[0];
    if (!order || !canSee(signedIn, order.customerId)) throw notFound('Order', id);
    return order;
  }

  function publish(kind: OrderEventKind, orderId: number): Order {
    const order = store.getOrdersByIds([orderId])[0];
    if (!order) throw notFound('Order', orderId);
    events.publish({ kind, order });
    return order;
  }

  /**
   * Takes stock and writes the order in one BEGIN IMMEDIATE transaction: two buyers of the
   * last item cannot both succeed, and a failure leaves stock as it was. Prices are copied now.
   */
  function placeFor(customerId: number, lines: readonly { productId: number; quantity: number }[], after?: () => void): Order {
    const order = store.transaction(() => {
      const products = store.getProductsByIds(lines.map((line) => line.productId));
      const items: OrderItem[] = lines.map((line, index) => {
        const product = products.find((p) => p.id === line.productId);
        if (!product) {
          throw new ShopError('VALIDATION_FAILED', `Product ${line.productId} does not exist.`, {
            fields: [{ path: `items.${index}.productId`, message: 'No such product.' }],
          });
        }
        if (!store.takeStock(product.id, line.quantity, now())) {
          throw new ShopError('OUT_OF_STOCK', `Only ${product.stock} of "${product.name}" left; asked for ${line.quantity}.`, {
            fields: [{ path: `items.${index}.quantity`, message: `Only ${product.stock} in stock.` }],
          });
        }
        return { productId: product.id, quantity: line.quantity, unitPriceCents: product.priceCents };
      });
      const total = items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0);
      if (total > maxOrderTotalCents) {
        // Thrown inside the transaction: the stock taken above goes back.
        throw new ShopError('VALIDATION_FAILED', `The order's total would be ${total} cents; one order may total at most ${maxOrderTotalCents}.`, {
          fields: [{ path: 'items', message: `Total at most ${maxOrderTotalCents} cents.` }],
        });
      }
      const placed = store.insertOrder(customerId, items, now());
      after?.();
      return placed;
    });
    events.publish({ kind: 'placed', order });
    return order;
  }

  function cancelOrder(actor: Actor, id: number): Order {
    guardWrite(actor);
    const order = getOwnOrder(actor, id);
    store.transaction(() => {
      const current = store.getOrdersByIds([order.id])[0] ?? order;
      if (!canChangeStatus(current.status, 'cancelled')) {
        throw new ShopError('CONFLICT', `Order ${id} is ${current.status} and can no longer be cancelled.`);
      }
      for (const item of current.items) store.returnStock(item.productId, item.quantity, now());
      store.setOrderStatus(order.id, 'cancelled', now());
    });
    return publish('cancelled', order.id);
  }

  return {
    listOrders(actor: Actor, input?: OrderListInput): Page<Order> {
      const signedIn = requireSignedIn(actor);
      const query = parseOrderList(input);
      if (signedIn.role === 'admin') return store.listOrders(query);
      if (query.filter.customerId !== undefined && query.filter.customerId !== signedIn.customerId) {
        throw new ShopError('FORBIDDEN', 'Only an admin may list the orders of other customers.');
      }
      return store.listOrders(query, signedIn.customerId);
    },

    getOrder: getOwnOrder,

    placeOrder(actor: Actor, input: unknown): Order {
      const { customerId } = guardWrite(actor);
      return placeFor(customerId, validate(placeOrderInput, input).items);
    },

    /** Places an order from lines already checked elsewhere (the cart), running `after` in the same transaction. */
    placeFor,

    cancelOrder,

    /** Admin: move an order forward (pending → paid → shipped). Cancelling goes through cancelOrder. */
    updateOrderStatus(actor: Actor, id: number, status: OrderStatus): Order {
      requireAdmin(actor);
      const next = validate(orderStatusInput, status, 'status');
      if (next === 'cancelled') return cancelOrder(actor, id);
      const order = getOwnOrder(actor, id);
      store.transaction(() => {
        const current = store.getOrdersByIds([order.id])[0] ?? order;
        if (!canChangeStatus(current.status, next)) {
          throw new ShopError('CONFLICT', `Order ${id} is ${current.status}; it cannot become ${next}.`);
        }
        store.setOrderStatus(order.id, next, now());
      });
      return publish('statusChanged', order.id);
    },

    /** Subscribe to changes of one order the actor may see. */
    watchOrder(actor: Actor, id: number, listener: (order: Order, kind: OrderEventKind) => void): () => void {
      getOwnOrder(actor, id);
      return events.subscribe((event) => {
        if (event.order.id === id) listener(event.order, event.kind);
      });
    },
  };
}
