import type { Order } from '../domain/entities.js';

export type OrderEventKind = 'placed' | 'cancelled' | 'statusChanged';

export interface OrderEvent {
  kind: OrderEventKind;
  order: Order;
}

type Listener = (event: OrderEvent) => void;

/**
 * In-process publish/subscribe for order changes. The order service publishes after commit;
 * protocol adapters (GraphQL subscriptions) listen. Knows nothing of any protocol.
 */
export function createOrderEvents() {
  const listeners = new Set<Listener>();
  return {
    publish(event: OrderEvent): void {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // One broken subscriber must not break the order that was just committed.
        }
      }
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: (): number => listeners.size,
  };
}

export type OrderEvents = ReturnType<typeof createOrderEvents>;
