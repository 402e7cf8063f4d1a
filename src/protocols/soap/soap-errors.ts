import { ShopError, type FieldError } from '../../domain/errors.js';

/** SOAP's own fault codes for envelope problems, beside Client/Server (Sender/Receiver in 1.2). */
export type EnvelopeFaultCode = 'VersionMismatch' | 'MustUnderstand';

/**
 * A request the SOAP layer refuses before any operation runs: bad XML, wrong envelope, unknown
 * operation. It is a ShopError (VALIDATION_FAILED), so it travels the one fault table; some
 * carry their own SOAP fault code or HTTP status.
 */
export class SoapRequestError extends ShopError {
  readonly faultCode: EnvelopeFaultCode | undefined;
  readonly httpStatus: number | undefined;

  constructor(message: string, options: { fields?: FieldError[]; faultCode?: EnvelopeFaultCode; httpStatus?: number } = {}) {
    super('VALIDATION_FAILED', message, { fields: options.fields ?? [] });
    this.name = 'SoapRequestError';
    this.faultCode = options.faultCode;
    this.httpStatus = options.httpStatus;
  }
}
