import { z } from 'zod';
import { defaultServerLimits as limits } from './http/server-limits.js';

/** A non-negative whole number from the environment, with a default (digits only, as PORT). */
const count = (fallback: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'Expected a whole number.')
    .transform(Number)
    .default(fallback);

/** The only reader of process.env. A bad value stops the start with a message that names it. */
const configSchema = z.object({
  // Digits only: z.coerce.number() read PORT="" (e.g. `PORT=` in an env file) as 0, a random port.
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'Expected a port number (0-65535).')
    .transform(Number)
    .pipe(z.number().max(65_535, 'Expected a port number (0-65535).'))
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default('data/shop.db'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Record every /rest, /graphql and /soap exchange for /inspect; off for benchmarks. */
  RECORDING: z
    .enum(['on', 'off'])
    .default('on')
    .transform((value) => value === 'on'),
  /** Set when a reverse proxy terminates TLS, so cookies get `Secure` and Origin checks use https. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  /** Proxies in front that append to X-Forwarded-For; the client address is the entry they saw. */
  TRUST_PROXY_HOPS: count(1).pipe(z.number().min(1, 'Expected at least 1.')),
  // Connection limits and timeouts (see "Limits" in the README).
  HEADERS_TIMEOUT_MS: count(limits.headersTimeoutMs),
  REQUEST_TIMEOUT_MS: count(limits.requestTimeoutMs),
  KEEP_ALIVE_TIMEOUT_MS: count(limits.keepAliveTimeoutMs),
  IDLE_TIMEOUT_MS: count(limits.idleTimeoutMs),
  MAX_CONNECTIONS: count(limits.maxConnections),
  /** 0 turns the per-address cap off; it is always off with TRUST_PROXY. */
  MAX_CONNECTIONS_PER_ADDRESS: count(limits.maxConnectionsPerAddress),
  /** How long a stop (SIGTERM, SIGINT) waits for requests in flight. */
  SHUTDOWN_GRACE_MS: count(10_000),
  // Sandboxes: a private shop per learner under /s/{id} (see "Limits" in the README).
  SANDBOX_MAX: count(200).pipe(z.number().min(0)),
  /** A sandbox unused this long is removed. */
  SANDBOX_IDLE_HOURS: count(24).pipe(z.number().min(1, 'Expected at least 1 hour.')),
  /** Where sandbox databases live; default: `sandboxes/` beside DATABASE_PATH, memory when that is :memory:. */
  SANDBOX_DIR: z.string().min(1).optional(),
  SANDBOX_CREATE_PER_HOUR: count(60).pipe(z.number().min(1)),
  /** With it, GET /sandboxes (Authorization: Bearer <token>) lists the sandboxes for the instructor. */
  INSTRUCTOR_TOKEN: z.string().min(16, 'Use at least 16 characters: it guards every sandbox.').optional(),
  /** How far a WS-Security wsu:Created may be from the server's clock. */
  WSS_TIMESTAMP_WINDOW_SECONDS: count(300),
});

export type Config = z.output<typeof configSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return result.data;
}
