import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../http/app-env.js';

/** Placeholder until the graphql adapter lands: mounts nothing. */
export function mountGraphql(_app: Hono<AppEnv>, _deps: AppDeps): void {}
