import { dirname, join } from 'node:path';

/** The sandbox settings a server starts with (config.ts reads them from the environment). */
export interface SandboxOptions {
  /** How many sandboxes may exist at once. */
  max: number;
  /** A sandbox unused this long is removed. */
  idleMs: number;
  /** Where sandbox databases live; undefined keeps them in memory. */
  dir: string | undefined;
  /** Sandboxes one client address may create per hour. */
  createPerHour: number;
  /** Bearer token for the instructor's list; undefined: there is no list. */
  instructorToken: string | undefined;
}

export const defaultSandboxOptions = { max: 200, idleMs: 24 * 3_600_000, createPerHour: 60 } as const;

/**
 * Defaults filled in. Sandboxes live next to the shared database (`data/sandboxes/`), or in
 * memory when the shared database is `:memory:` (tests, throwaway servers).
 */
export function resolveSandboxOptions(databasePath: string, given: Partial<SandboxOptions> = {}): SandboxOptions {
  const dir = 'dir' in given ? given.dir : databasePath === ':memory:' ? undefined : join(dirname(databasePath), 'sandboxes');
  return { ...defaultSandboxOptions, instructorToken: undefined, ...given, dir };
}
