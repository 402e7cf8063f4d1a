import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../http/app-env.js';

/** Placeholder until the soap adapter lands: mounts nothing. */
export function mountSoap(_app: Hono<AppEnv>, _deps: AppDeps): void {}
