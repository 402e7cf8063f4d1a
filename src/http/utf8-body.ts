import type { Context } from 'hono';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Whether a JSON body's bytes are UTF-8 (RFC 8259 requires it); a lenient decode would turn
 * them into U+FFFD and store that. Read through Hono's body cache, so the validator after it
 * reads the same bytes without touching the stream again. Other media types pass.
 */
export async function isUtf8JsonBody(c: Context): Promise<boolean> {
  if (!(c.req.header('content-type') ?? '').includes('json')) return true;
  const bytes = await c.req.arrayBuffer();
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
