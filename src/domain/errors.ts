/** The one error vocabulary shared by every protocol; each maps it in its own table (README.md#one-policy-three-protocols). */
export const errorCodes = [
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'OUT_OF_STOCK',
  'RATE_LIMITED',
  // HTTP's own refusals (REST only): a method or a representation the resource does not offer.
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one input field; `path` is dotted (`items.0.quantity`). */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * The only error type services throw. Adapters translate `code` through one table each
 * (HTTP status / GraphQL extensions.code / SOAP fault); the message is safe to show users.
 */
export class ShopError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[];
  /** Seconds until a rate-limited caller may retry. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'ShopError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const isShopError = (error: unknown): error is ShopError => error instanceof ShopError;

export const notFound = (entity: string, id: number | string): ShopError =>
  new ShopError('NOT_FOUND', `${entity} ${id} does not exist.`);

export const validationFailed = (fields: FieldError[]): ShopError =>
  new ShopError(
    'VALIDATION_FAILED',
    fields.length === 1 && fields[0]
      ? `Invalid input: ${fields[0].path}: ${fields[0].message}`
      : `Invalid input (${fields.length} problems).`,
    { fields },
  );
