import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** Something long-lived to end when the server stops (an event stream, a timer). */
export type EndOnClose = () => void | Promise<void>;

export interface DrainResult {
  /** Requests that were still in flight when the drain began. */
  inFlight: number;
  /** Requests cut because the grace period ran out. */
  cut: number;
  elapsedMs: number;
}

/** Registers `end` to run when the server begins to close; returns a function that unregisters it. */
export type RegisterEndOnClose = (end: EndOnClose) => () => void;

export interface CloseRegistry {
  endOnClose: RegisterEndOnClose;
  endAll(): Promise<void>;
}

/** Made before the app, so routes (an SSE inspector) can register what the drain must end. */
export function createCloseRegistry(): CloseRegistry {
  const enders = new Set<EndOnClose>();
  return {
    endOnClose(end) {
      enders.add(end);
      return () => enders.delete(end);
    },
    async endAll() {
      await Promise.allSettled([...enders].map(async (end) => end()));
    },
  };
}

export interface GracefulClose {
  /**
   * Stops accepting, ends event streams and registered things, lets in-flight requests finish
   * for at most `graceMs`, then closes whatever is left. Resolves once the server is closed.
   */
  drain(graceMs: number): Promise<DrainResult>;
}

/**
 * Whether a response under way is an event stream. @hono/node-server passes its headers to
 * writeHead directly, so getHeader() does not see them; the header block Node sent does.
 */
const eventStreamHeader = /\r\ncontent-type:\s*text\/event-stream/i;
const isEventStream = (res: ServerResponse): boolean => {
  const sent = (res as ServerResponse & { _header?: unknown })._header;
  return typeof sent === 'string' && eventStreamHeader.test(sent);
};

/** Tracks the requests in flight on `server`, so that stopping can wait for them. */
export function trackForGracefulClose(server: Server, registry: CloseRegistry): GracefulClose {
  const active = new Set<ServerResponse>();
  let closing = false;
  let settled: (() => void) | undefined;

  // Prepended: node-server may answer synchronously, and a response during the drain must say
  // `Connection: close` before its headers go out.
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    active.add(res);
    if (closing) res.shouldKeepAlive = false;
    res.once('close', () => {
      active.delete(res);
      // A kept-alive socket whose response just ended is idle now: close it.
      if (closing) server.closeIdleConnections();
      if (closing && active.size === 0) settled?.();
    });
  });

  return {
    async drain(graceMs) {
      const started = Date.now();
      closing = true;
      const inFlight = active.size;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const res of active) if (!res.headersSent) res.shouldKeepAlive = false;
      await registry.endAll();
      // Event streams never finish on their own; ending them is the clean close their clients expect.
      for (const res of active) if (isEventStream(res) && !res.writableEnded) res.end();
      let cut = 0;
      if (active.size > 0) {
        const finished = new Promise<void>((resolve) => (settled = resolve));
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
        if ((await Promise.race([finished, timedOut])) === 'timeout') cut = active.size;
        clearTimeout(timer);
      }
      server.closeAllConnections();
      await closed;
      return { inFlight, cut, elapsedMs: Date.now() - started };
    },
  };
}
