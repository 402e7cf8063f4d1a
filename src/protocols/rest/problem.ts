import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isShopError, type ErrorCode, type FieldError } from '../../domain/errors.js';
import { errorCodeOfStatus, statusOfErrorCode, titleOfStatus, type ProblemStatus } from './error-status.js';
import type { RestEnv } from './rest-env.js';

/** RFC 9457 problem details, plus the shared error `code`, per-field `errors` and the request id. */
export interface ProblemBody {
  type: string;
  title: string;
  status: ProblemStatus;
  detail: string;
  instance: string;
  code: ErrorCode;
  errors: FieldError[];
  requestId: string;
}

export interface ProblemInit {
  status: ProblemStatus;
  detail: string;
  code?: ErrorCode;
  /** The status's reason phrase unless given (a failure on purpose may use any 4xx/5xx). */
  title?: string;
  /** Kebab-case problem kind; defaults to the code (`out-of-stock`). */
  kind?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

export const problemMediaType = 'application/problem+json';
const problemTypeOf = (kind: string): string => `urn:api-playground:problem:${kind}`;
const kindOfCode = (code: ErrorCode): string => code.toLowerCase().replaceAll('_', '-');

export function problemResponse(c: Context<RestEnv>, init: ProblemInit): Response {
  const code = init.code ?? errorCodeOfStatus[init.status];
  const body: ProblemBody = {
    type: problemTypeOf(init.kind ?? kindOfCode(code)),
    title: init.title ?? titleOfStatus[init.status],
    status: init.status,
    detail: init.detail,
    instance: c.req.path,
    code,
    errors: init.errors ?? [],
    requestId: c.get('requestId'),
  };
  const headers: Record<string, string> = { 'Content-Type': problemMediaType, ...init.headers };
  if (init.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="api-playground"';
  // Through the context, so headers set earlier (X-Request-Id) are kept.
  return c.body(JSON.stringify(body), init.status, headers);
}

/** Refusals raised by Hono and its middleware (body parsing, media type, size). */
const httpExceptionProblems: Partial<Record<number, { status: ProblemStatus; kind: string; detail: string }>> = {
  400: { status: 400, kind: 'malformed-json', detail: 'The request body is not valid JSON.' },
  413: { status: 413, kind: 'content-too-large', detail: 'The request body is larger than the 1 MiB limit.' },
  415: { status: 415, kind: 'unsupported-media-type', detail: 'Send the request body as application/json.' },
};

/**
 * Every error thrown in a REST route ends here. Service errors keep their safe message;
 * anything unexpected is logged with the request id and answered with a generic text.
 */
export function problemFromError(error: unknown, c: Context<RestEnv>): Response {
  if (isShopError(error)) {
    const status = statusOfErrorCode[error.code];
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.retryAfterSeconds);
    return problemResponse(c, { status, code: error.code, detail: error.message, errors: error.fields, headers });
  }
  if (error instanceof HTTPException) {
    const known = httpExceptionProblems[error.status];
    if (known) return problemResponse(c, known);
  }
  c.get('deps').logger.error('unexpected error in a REST route', {
    requestId: c.get('requestId'),
    method: c.req.method,
    path: c.req.path,
    error: String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
  return problemResponse(c, {
    status: 500,
    detail: `Something went wrong on our side. Quote request id ${c.get('requestId')} when reporting it.`,
  });
}
