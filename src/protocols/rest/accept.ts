import type { Context } from 'hono';
import { problemResponse } from './problem.js';
import type { RestEnv } from './rest-env.js';

/** The media types a REST resource can answer in: its JSON, or a problem+json error. */
const served = ['application/json', 'application/problem+json'];

/**
 * Whether an `Accept` header admits JSON (RFC 9110 §12.5.1): no header, `*\/*`, `application/*`
 * or one of ours, with a non-zero quality. The common headers are decided without parsing.
 */
export function acceptsJson(header: string | undefined): boolean {
  if (header === undefined || header === '' || header === '*/*' || header === 'application/json') return true;
  for (const range of header.split(',')) {
    const [type = '', ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    const quality = params.find((param) => param.startsWith('q='));
    if (quality !== undefined && !(Number(quality.slice(2)) > 0)) continue;
    if (type === '*/*' || type === 'application/*' || served.includes(type)) return true;
  }
  return false;
}

/** 406: the client asked only for representations no REST resource has (the error itself is problem+json, as RFC 9110 allows). */
export const notAcceptable = (c: Context<RestEnv>): Response =>
  problemResponse(c, {
    status: 406,
    detail: `This resource is served as application/json only (errors as application/problem+json); the Accept header asked for ${JSON.stringify((c.req.header('accept') ?? '').slice(0, 100))}.`,
  });
