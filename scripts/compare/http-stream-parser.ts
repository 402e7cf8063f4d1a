/**
 * Splits one direction of an HTTP/1.1 connection into messages, counting every byte: the head
 * (start line + headers up to CRLFCRLF), then a body framed by Content-Length, by chunked
 * encoding (chunk sizes and trailers counted too), or by the end of the connection.
 */

export interface HttpMessage {
  /** The head as text (latin1), without the blank line that ends it: what a reader of the raw exchange sees. */
  head: string;
  startLine: string;
  headers: Map<string, string>;
  headBytes: number;
  /** Body bytes as sent, framing included. */
  bodyBytes: number;
  /** The body with chunked framing removed (still content-encoded if it was). */
  body: Buffer;
}

type Framing = { kind: 'length'; remaining: number } | { kind: 'chunked' } | { kind: 'until-close' };

const headEnd = Buffer.from('\r\n\r\n');

function parseHead(text: string): { startLine: string; headers: Map<string, string> } {
  const [startLine = '', ...lines] = text.split('\r\n');
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
  }
  return { startLine, headers };
}

/** Responses without a body by definition: 1xx, 204, 304, and anything answering a HEAD request. */
function bodyless(startLine: string, isHeadResponse: boolean): boolean {
  const status = Number(startLine.split(' ')[1]);
  return isHeadResponse || (status >= 100 && status < 200) || status === 204 || status === 304;
}

export interface Relay {
  /** Receives every byte the parser consumed, in order, with each head as `rewriteHead` left it. */
  forward: (data: Buffer) => void;
  /** Edits a head (without its blank line) before it is forwarded and counted. */
  rewriteHead?: (head: string) => string;
}

export function createHttpStreamParser(
  kind: 'request' | 'response',
  onMessage: (message: HttpMessage) => void,
  nextIsHeadResponse: () => boolean = () => false,
  relay?: Relay,
) {
  let buffer: Buffer = Buffer.alloc(0);
  let current: (Omit<HttpMessage, 'body'> & { chunks: Buffer[]; framing: Framing }) | undefined;

  /** Takes n bytes off the buffer, passing them on when relaying. */
  const consume = (n: number): Buffer => {
    const part = buffer.subarray(0, n);
    relay?.forward(part);
    buffer = buffer.subarray(n);
    return part;
  };

  const finish = () => {
    if (!current) return;
    const { chunks, framing: _framing, ...message } = current;
    current = undefined;
    onMessage({ ...message, body: Buffer.concat(chunks) });
  };

  function startMessage(): boolean {
    const end = buffer.indexOf(headEnd);
    if (end < 0) return false;
    const original = buffer.subarray(0, end).toString('latin1');
    buffer = buffer.subarray(end + headEnd.length);
    const head = relay?.rewriteHead ? relay.rewriteHead(original) : original;
    const headBytes = Buffer.byteLength(head, 'latin1') + headEnd.length;
    relay?.forward(Buffer.from(`${head}\r\n\r\n`, 'latin1'));
    const { startLine, headers } = parseHead(head);
    const length = headers.get('content-length');
    const chunked = /\bchunked\b/i.test(headers.get('transfer-encoding') ?? '');
    let framing: Framing;
    if (kind === 'response' && bodyless(startLine, nextIsHeadResponse())) framing = { kind: 'length', remaining: 0 };
    else if (chunked) framing = { kind: 'chunked' };
    else if (length !== undefined) framing = { kind: 'length', remaining: Number(length) };
    else framing = kind === 'request' ? { kind: 'length', remaining: 0 } : { kind: 'until-close' };
    current = { head, startLine, headers, headBytes, bodyBytes: 0, chunks: [], framing };
    return true;
  }

  /** Consumes body bytes; true when the message is complete. */
  function readBody(): boolean {
    if (!current) return false;
    const { framing } = current;
    if (framing.kind === 'until-close') {
      current.bodyBytes += buffer.length;
      current.chunks.push(consume(buffer.length));
      return false;
    }
    if (framing.kind === 'length') {
      const take = Math.min(framing.remaining, buffer.length);
      current.chunks.push(consume(take));
      current.bodyBytes += take;
      framing.remaining -= take;
      return framing.remaining === 0;
    }
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n');
      if (lineEnd < 0) return false;
      const size = parseInt(buffer.subarray(0, lineEnd).toString('latin1'), 16);
      if (size === 0) {
        // The last chunk, then optional trailer lines, then the empty line that ends the body.
        const trailers = lineEnd + 2;
        if (buffer.length < trailers + 2) return false;
        const blank = buffer.subarray(trailers, trailers + 2).toString('latin1') === '\r\n';
        const end = blank ? trailers + 2 : buffer.indexOf(headEnd, trailers) + headEnd.length;
        if (end < headEnd.length) return false;
        current.bodyBytes += end;
        consume(end);
        return true;
      }
      const total = lineEnd + 2 + size + 2;
      if (buffer.length < total) return false;
      current.chunks.push(consume(total).subarray(lineEnd + 2, lineEnd + 2 + size));
      current.bodyBytes += total;
    }
  }

  return {
    push(data: Buffer): void {
      buffer = buffer.length === 0 ? data : Buffer.concat([buffer, data]);
      for (;;) {
        if (!current && !startMessage()) return;
        if (!readBody()) return;
        finish();
      }
    },
    /** The connection closed: a body that ran until the close is complete now. */
    end(): void {
      if (current?.framing.kind === 'until-close') finish();
    },
  };
}
