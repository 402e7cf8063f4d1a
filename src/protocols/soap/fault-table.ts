import type { ErrorCode } from '../../domain/errors.js';
import { isShopError, ShopError } from '../../domain/errors.js';
import { SoapRequestError } from './soap-errors.js';
import { shopNamespace, type SoapVersion } from './soap-versions.js';
import { shopFaultShape, writeElement } from './xml-shapes.js';
import { escapeXml } from './xml-text.js';

/**
 * The one table from the shop's error codes to SOAP faults: whose fault it is — the caller's
 * (Client in 1.1, Sender in 1.2) or ours (Server / Receiver) — and the HTTP status in SOAP 1.1,
 * whose HTTP binding answers every fault with 500. SOAP 1.2's binding answers Sender faults
 * with 400 and every other fault with 500 (see `httpStatusOf`).
 */
export const faultTable: Record<ErrorCode, { fault: 'client' | 'server'; httpStatus: number }> = {
  VALIDATION_FAILED: { fault: 'client', httpStatus: 500 },
  NOT_FOUND: { fault: 'client', httpStatus: 500 },
  UNAUTHENTICATED: { fault: 'client', httpStatus: 500 },
  FORBIDDEN: { fault: 'client', httpStatus: 500 },
  CONFLICT: { fault: 'client', httpStatus: 500 },
  OUT_OF_STOCK: { fault: 'client', httpStatus: 500 },
  RATE_LIMITED: { fault: 'client', httpStatus: 500 },
  METHOD_NOT_ALLOWED: { fault: 'client', httpStatus: 500 },
  NOT_ACCEPTABLE: { fault: 'client', httpStatus: 500 },
  INTERNAL: { fault: 'server', httpStatus: 500 },
};

export interface FaultResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** The fault's code as a QName in the envelope's namespace (prefix `env`). */
function faultCodeOf(error: ShopError, version: SoapVersion): string {
  if (error instanceof SoapRequestError && error.faultCode) return error.faultCode;
  return faultTable[error.code].fault === 'client' ? version.clientCode : version.serverCode;
}

/** A SOAP Fault envelope for `error` (anything not a ShopError must be masked before this). */
export function renderFault(error: ShopError, version: SoapVersion): FaultResponse {
  const code = faultCodeOf(error, version);
  const detail = writeElement('ShopFault', shopNamespace, shopFaultShape, {
    code: error.code,
    message: error.message,
    fields: error.fields,
    retryAfterSeconds: error.retryAfterSeconds,
  });
  const message = escapeXml(error.message);
  const fault =
    version.name === '1.1'
      ? `<env:Fault><faultcode>env:${code}</faultcode><faultstring>${message}</faultstring><detail>${detail}</detail></env:Fault>`
      : `<env:Fault><env:Code><env:Value>env:${code}</env:Value></env:Code>` +
        `<env:Reason><env:Text xml:lang="en">${message}</env:Text></env:Reason><env:Detail>${detail}</env:Detail></env:Fault>`;
  const headers: Record<string, string> = { 'content-type': version.contentType };
  if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
  return { status: httpStatusOf(error, code, version), body: envelope(version, fault), headers };
}

/** 413 and 415 as set; otherwise SOAP 1.2 says 400 for Sender and 500 for the rest, SOAP 1.1 500 for all. */
function httpStatusOf(error: ShopError, code: string, version: SoapVersion): number {
  if (error instanceof SoapRequestError && error.httpStatus) return error.httpStatus;
  return version.name === '1.2' && code === version.clientCode ? 400 : faultTable[error.code].httpStatus;
}

/** Any error as a ShopError: expected ones pass, the rest become a generic INTERNAL (masked). */
export const toShopError = (error: unknown): ShopError =>
  isShopError(error) ? error : new ShopError('INTERNAL', 'Internal error. The request id in the X-Request-Id header helps find it in the log.');

export const envelope = (version: SoapVersion, body: string): string =>
  `<?xml version="1.0" encoding="utf-8"?><env:Envelope xmlns:env="${version.envelopeNamespace}"><env:Body>${body}</env:Body></env:Envelope>`;
