/**
 * Turns a listener subscription (`start(emit)` returning an unsubscribe) into an async
 * iterator, as GraphQL subscriptions need. It subscribes at once and unsubscribes on
 * `return()` — which graphql-js calls when the client goes away — so no listener outlives
 * its client. A slow client keeps at most `maxQueued` values; older ones are dropped.
 */
export function listenerIterator<T>(start: (emit: (value: T) => void) => () => void, maxQueued = 50): AsyncIterableIterator<T> {
  const queued: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | undefined;
  let finished = false;

  const unsubscribe = start((value) => {
    if (finished) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve({ value, done: false });
      return;
    }
    queued.push(value);
    if (queued.length > maxQueued) queued.shift();
  });

  const finish = (): Promise<IteratorResult<T>> => {
    if (!finished) {
      finished = true;
      unsubscribe();
      queued.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  };

  return {
    next(): Promise<IteratorResult<T>> {
      if (queued.length > 0) return Promise.resolve({ value: queued.shift() as T, done: false });
      if (finished) return finish();
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: finish,
    async throw(error: unknown): Promise<IteratorResult<T>> {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
