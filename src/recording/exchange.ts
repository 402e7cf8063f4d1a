/** One recorded HTTP exchange of a shop, as it went over the wire (secrets already redacted). */
export type Protocol = 'rest' | 'graphql' | 'soap';

export interface RecordedMessage {
  /** Header names lower-case; secret values replaced by "[redacted]" when recorded. */
  headers: Record<string, string>;
  /** The body as text, capped (see `truncated`); "" when there was none. */
  body: string;
  /** True when `body` holds only the first bytes of what was sent. */
  truncated: boolean;
  /** The whole body's size in bytes, before any cap. */
  bytes: number;
}

export interface Exchange {
  /** Increasing within one shop: the inspector's live view resumes after the last id it saw. */
  id: number;
  /** When the request arrived (ISO 8601 UTC). */
  at: string;
  protocol: Protocol;
  /** REST: "GET /rest/products/{id}"; GraphQL: "query ProductPage"; SOAP: "GetProduct". */
  operation: string;
  method: string;
  /** The path and query as the client sent them, sandbox prefix included. */
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
  request: RecordedMessage;
  response: RecordedMessage;
}

export type NewExchange = Omit<Exchange, 'id'>;

export interface ExchangeRecorder {
  record(exchange: NewExchange): Exchange;
  /** Newest first, at most `limit`. */
  list(limit?: number): Exchange[];
  /** Called with every new exchange; returns the unsubscribe function. */
  subscribe(listener: (exchange: Exchange) => void): () => void;
  clear(): void;
}
