import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphiqlOptions } from '../../src/protocols/graphql/graphiql-options.js';
import { acceptsGzip } from '../../src/protocols/graphql/graphiql-page.js';
import { startServer, type RunningServer } from '../../src/server.js';

/** A raw exchange: fetch would ask for gzip by itself and hide what it got. */
function get(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('GraphiQL page from the cached file', () => {
  let server: RunningServer;
  let sandboxBase: string;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
    const created = await fetch(`${server.url}/sandboxes`, { method: 'POST' });
    sandboxBase = `${server.url}/s/${((await created.json()) as { id: string }).id}`;
  });
  afterAll(() => server?.close());

  it('is byte for byte the page yoga renders for the path it was opened at, plain and gzip', async () => {
    for (const [url, endpoint] of [
      [`${server.url}/graphql`, '/graphql'],
      [`${sandboxBase}/graphql`, new URL(`${sandboxBase}/graphql`).pathname],
    ] as const) {
      const expected = Buffer.from(renderGraphiQL({ ...graphiqlOptions, endpoint }));
      const plain = await get(url, { accept: 'text/html' });
      expect(plain.status).toBe(200);
      expect(plain.headers['content-type']).toMatch(/^text\/html/);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
      expect(plain.body.equals(expected)).toBe(true);
      const zipped = await get(url, { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
      expect(zipped.body.length).toBeLessThan(expected.length / 3);
      expect(gunzipSync(zipped.body).equals(expected)).toBe(true);
    }
  });

  it('writes the endpoint as JSON string content: nothing in it can close the script', async () => {
    const page = await get(`${server.url}/graphql`, { accept: 'text/html' });
    expect(page.body.toString()).toContain('"endpoint":"/graphql"');
  });

  it('leaves GraphQL GETs that do not ask for HTML to yoga', async () => {
    const answer = await get(`${server.url}/graphql?query=${encodeURIComponent('{ categories { slug } }')}`, { accept: 'application/json' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toMatchObject({ data: { categories: expect.any(Array) } });
  });

  it('takes gzip only when the client gives it a weight above 0', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br;q=1, gzip;q=0.1')).toBe(true);
    expect(acceptsGzip('x-gzip')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });
});
