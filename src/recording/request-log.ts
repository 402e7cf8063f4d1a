import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { Logger } from '../logger.js';
import { exchangeSummaryOf, rawPathAndQuery } from './record-exchanges.js';
import { protocolOf, restOperation } from './operation-name.js';
import { redactPathAndQuery } from './redact.js';

/** The fields of one request's log line; JSON readers get them under `request`. */
export interface RequestLogLine {
  method: string;
  path: string;
  status: number;
  ms: number;
  protocol?: string;
  operation?: string;
  requestId: string;
}

function describe(c: Context): { protocol?: string; operation?: string } {
  const recorded = exchangeSummaryOf(c);
  if (recorded) return recorded;
  const protocol = protocolOf(c.req.path);
  // Without the recording, only REST's operation is known without reading the body.
  return protocol === 'rest' ? { protocol, operation: restOperation(c) } : protocol ? { protocol } : {};
}

/**
 * One line per request, every path (pages and /health too): method, path (as sent, secrets in
 * the query masked), status, ms, protocol and operation, request id. The message holds them all,
 * so the terminal's pretty form is one readable line.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  if (logger.isLevelEnabled?.('info') === false) return (_c, next) => next();
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const { protocol, operation } = describe(c);
      const line: RequestLogLine = {
        method: c.req.method,
        path: redactPathAndQuery(rawPathAndQuery(c.req.url)),
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(protocol ? { protocol } : {}),
        ...(operation ? { operation } : {}),
        requestId: c.get('requestId'),
      };
      const what = operation ? ` · ${protocol} ${operation}` : '';
      logger.info(`${line.method} ${line.path} ${line.status} ${line.ms} ms${what} · ${line.requestId}`, { request: line });
    }
  };
}
