import { z } from 'zod';

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
  /** Set when a reverse proxy terminates TLS, so cookies get `Secure` and Origin checks use https. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
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
