import type { Actor } from '../domain/actor.js';
import type { Cart, Order } from '../domain/entities.js';
import { notFound, ShopError } from '../domain/errors.js';
import type { Store } from '../store/store-types.js';
import { requireSignedIn } from './authorization.js';
import { cartQuantity, idInput } from './input-schemas.js';
import type { OrderService } from './order-service.js';
import type { WriteGuard } from './write-limit.js';
import { validate } from './validate.js';

/** The cart is server-side state, one per customer, priced at today's prices. */
export function createCartService(store: Store, orders: OrderService, guardWrite: WriteGuard) {
  function cartOf(customerId: number): Cart {
    const items = store.getCartItems(customerId);
    const products = store.getProductsByIds(items.map((item) => item.productId));
    const price = new Map(products.map((p) => [p.id, p.priceCents]));
    const totalCents = items.reduce((sum, item) => sum + (price.get(item.productId) ?? 0) * item.quantity, 0);
    return { items, totalCents };
  }

  return {
    getCart: (actor: Actor): Cart => cartOf(requireSignedIn(actor).customerId),

    setCartItem(actor: Actor, productId: number, quantity: number): Cart {
      const { customerId } = guardWrite(actor);
      validate(idInput, productId, 'productId');
      validate(cartQuantity, quantity, 'quantity');
      if (!store.getProductsByIds([productId])[0]) throw notFound('Product', productId);
      store.setCartItem(customerId, productId, quantity);
      return cartOf(customerId);
    },

    removeCartItem(actor: Actor, productId: number): Cart {
      const { customerId } = guardWrite(actor);
      validate(idInput, productId, 'productId');
      if (!store.removeCartItem(customerId, productId)) throw notFound('Cart item for product', productId);
      return cartOf(customerId);
    },

    /** Turns the cart into an order and empties it, all in one transaction. */
    checkout(actor: Actor): Order {
      const { customerId } = guardWrite(actor);
      const items = store.getCartItems(customerId);
      if (items.length === 0) throw new ShopError('CONFLICT', 'Your cart is empty; add items before checking out.');
      return orders.placeFor(customerId, items, () => store.clearCart(customerId));
    },
  };
}
