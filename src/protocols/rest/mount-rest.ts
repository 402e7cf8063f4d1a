import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../http/app-env.js';

/** Placeholder until the rest adapter lands: mounts nothing. */
export function mountRest(_app: Hono<AppEnv>, _deps: AppDeps): void {}
