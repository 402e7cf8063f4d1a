import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.js';
import { sandboxMaker, type Created } from './sandbox-requests.js';

describe('sandboxes in class: the explorer and inspector inside one, no list without the instructor', () => {
  let server: RunningServer;
  const sandboxes = sandboxMaker(() => server.url);
  const createSandbox = () => sandboxes.create();
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
  });
  afterEach(() => sandboxes.removeAll());
  afterAll(async () => {
    await server.close();
  });

  it('runs /explore and records /inspect inside the sandbox, never in the shared shop', async () => {
    const sandbox = await createSandbox();
    const base = `${server.url}/s/${sandbox.id}`;
    const before = ((await (await fetch(`${server.url}/inspect/exchanges?limit=200`)).json()) as unknown[]).length;
    const run = await fetch(`${base}/explore/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: 'order-history', account: 'customer' }),
    });
    expect(run.status).toBe(200);
    const result = (await run.json()) as Record<'rest' | 'graphql' | 'soap', { exchanges: { path: string }[] }>;
    expect([result.rest.exchanges.length, result.graphql.exchanges.length, result.soap.exchanges.length]).toEqual([8, 1, 8]);
    expect(result.rest.exchanges.every((exchange) => exchange.path.startsWith(`/s/${sandbox.id}/rest/`))).toBe(true);
    const recorded = (await (await fetch(`${base}/inspect/exchanges?limit=200`)).json()) as { protocol: string; path: string }[];
    expect(recorded.filter((exchange) => exchange.protocol === 'soap').length).toBeGreaterThanOrEqual(8);
    expect(recorded.every((exchange) => exchange.path.startsWith(`/s/${sandbox.id}/`))).toBe(true);
    const after = ((await (await fetch(`${server.url}/inspect/exchanges?limit=200`)).json()) as unknown[]).length;
    expect(after).toBe(before);
    const page = await (await fetch(`${base}/inspect`)).text();
    expect(page).toContain(`const prefix = "/s/${sandbox.id}"`);
  });

  it('has no instructor list without INSTRUCTOR_TOKEN', async () => {
    expect((await fetch(`${server.url}/sandboxes`)).status).toBe(404);
  });
});

describe('sandboxes: the instructor and the creation limit', () => {
  const instructorToken = 'class-of-2026-instructor-token';
  let classServer: RunningServer;
  beforeAll(async () => {
    classServer = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:', sandboxes: { instructorToken, createPerHour: 3 } });
  });
  afterAll(async () => {
    await classServer.close();
  });

  it('sends a browser that pressed the home page button on to its new sandbox', async () => {
    const home = await (await fetch(`${classServer.url}/`)).text();
    expect(home).toContain('action="/sandboxes"');
    const response = await fetch(`${classServer.url}/sandboxes`, { method: 'POST', headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/s\/[A-Za-z0-9_-]{22}\/$/);
  });

  it('lists sandboxes to the instructor only, and limits creations per address', async () => {
    const statuses: number[] = [];
    const ids: string[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await fetch(`${classServer.url}/sandboxes`, { method: 'POST' });
      statuses.push(response.status);
      if (response.status === 201) ids.push(((await response.json()) as Created).id);
      else {
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(((await response.json()) as { code: string }).code).toBe('RATE_LIMITED');
      }
    }
    expect(statuses).toEqual([201, 201, 429]);

    const listed = await fetch(`${classServer.url}/sandboxes`, { headers: { authorization: `Bearer ${instructorToken}` } });
    expect(listed.status).toBe(200);
    const { items } = (await listed.json()) as { items: { id: string; createdAt: string; lastUsedAt: string; sizeBytes: number }[] };
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining(ids));
    expect(items).toHaveLength(3);
    expect(items[0]?.sizeBytes).toBeGreaterThan(0);

    expect((await fetch(`${classServer.url}/sandboxes`)).status).toBe(404);
    expect((await fetch(`${classServer.url}/sandboxes`, { headers: { authorization: 'Bearer wrong-token-of-the-same-size!' } })).status).toBe(404);
  });
});
