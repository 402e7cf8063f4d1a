import type { Exchange, ExchangeRecorder, NewExchange } from './exchange.js';

/** The last `capacity` exchanges of one shop, in a fixed-size ring: memory stays bounded. */
export function createExchangeRing(capacity = 200): ExchangeRecorder {
  const ring: (Exchange | undefined)[] = new Array<Exchange | undefined>(capacity);
  const listeners = new Set<(exchange: Exchange) => void>();
  let nextId = 1;

  return {
    record(exchange: NewExchange): Exchange {
      const stored: Exchange = { id: nextId, ...exchange };
      ring[nextId % capacity] = stored;
      nextId += 1;
      for (const listener of listeners) listener(stored);
      return stored;
    },
    list(limit = capacity) {
      const newest: Exchange[] = [];
      for (let id = nextId - 1; id >= 1 && newest.length < Math.min(limit, capacity); id -= 1) {
        const exchange = ring[id % capacity];
        if (exchange?.id === id) newest.push(exchange);
      }
      return newest;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      ring.fill(undefined);
    },
  };
}
