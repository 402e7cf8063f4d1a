import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long a connection may take or sit idle, and how many there may be. */
export interface ServerLimits {
  /** From connecting (or the previous response) to the end of the request headers. */
  headersTimeoutMs: number;
  /** From connecting to the end of the whole request body. */
  requestTimeoutMs: number;
  /** How long a kept-alive connection may wait for its next request. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic either way for this long is closed (a stalled upload or reader). */
  idleTimeoutMs: number;
  /** Open connections in all; new ones past it are closed at once. */
  maxConnections: number;
  /** Open connections from one client address; 0 turns the cap off (it is off behind a proxy). */
  maxConnectionsPerAddress: number;
}

export const defaultServerLimits: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  // Above yoga's 12 s SSE ping, so an idle subscription stream stays open.
  idleTimeoutMs: 30_000,
  maxConnections: 5_000,
  // A classroom behind one NAT address shares this: 30 learners × a browser's 6 connections is 180.
  maxConnectionsPerAddress: 256,
};

/** Options for http.createServer: the header/request deadlines are only enforced on a sweep. */
export function serverTimeoutOptions(limits: ServerLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks both deadlines every this often (30 s by default, which let a silent socket live ~90 s).
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
  };
}

/** Applies the limits that are properties of a created server, and the per-address cap. */
export function applyServerLimits(server: Server, limits: ServerLimits): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // The socket's own inactivity timer; Node destroys the socket when it fires (no 'timeout' listener).
  server.timeout = limits.idleTimeoutMs;
  server.maxConnections = limits.maxConnections;
  if (limits.maxConnectionsPerAddress > 0) capPerAddress(server, limits.maxConnectionsPerAddress);
}

function capPerAddress(server: Server, cap: number): void {
  const open = new Map<string, number>();
  // Prepended, so a refused socket is gone before the HTTP machinery sets anything up on it.
  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = open.get(address) ?? 0;
    if (count >= cap) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
