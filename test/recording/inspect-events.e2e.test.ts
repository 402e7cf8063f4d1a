import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/server.js';

/** Reads the event stream until `done` says so; returns what it read. */
async function readUntil(body: ReadableStream<Uint8Array>, done: (text: string) => boolean): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!done(text)) {
    const { value, done: ended } = await reader.read();
    if (ended) return `${text}[end]`;
    text += decoder.decode(value);
  }
  reader.releaseLock();
  return text;
}

describe('GET /inspect/events (real server)', () => {
  it('streams new exchanges as they are recorded, resumes after an id, and ends when the server drains', { timeout: 20_000 }, async () => {
    const server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
    try {
      await fetch(`${server.url}/rest/products/1`).then((r) => r.text());
      const events = await fetch(`${server.url}/inspect/events?after=0`);
      expect(events.status).toBe(200);
      expect(events.headers.get('content-type')).toContain('text/event-stream');
      const body = events.body as ReadableStream<Uint8Array>;
      const backlog = await readUntil(body, (text) => text.includes(': live'));
      expect(backlog).toMatch(/event: exchange\ndata: .*"path":"\/rest\/products\/1"/);
      expect(backlog).toMatch(/^id: 1$/m);

      await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ product(id: 2) { name } }"}' }).then((r) => r.text());
      const live = await readUntil(body, (text) => text.includes('"protocol":"graphql"'));
      expect(live).toMatch(/^id: 2$/m);

      const ended = readUntil(body, () => false);
      await server.drain(2_000);
      expect(await ended).toMatch(/\[end\]$/);
    } finally {
      await server.close().catch(() => undefined);
    }
  });
});
