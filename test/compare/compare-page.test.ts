import { Hono } from 'hono';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComparePageHandler, defaultComparisonReportPath, localComparisonReportPath } from '../../src/web/compare-page.js';
import { createTestKit } from '../support/test-kit.js';

describe('GET /compare', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'compare-page-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves the report file as it is on disk now, uncached', async () => {
    const path = join(dir, 'comparison.html');
    const app = new Hono().get('/compare', createComparePageHandler([path]));
    await writeFile(path, '<!doctype html><title>first</title>');
    expect(await (await app.request('/compare')).text()).toContain('first');
    await writeFile(path, '<!doctype html><title>second</title>');
    const response = await app.request('/compare');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('second');
  });

  it('serves the local run when there is one, else the committed report', async () => {
    const local = join(dir, 'local.html');
    const committed = join(dir, 'committed.html');
    await writeFile(committed, '<!doctype html><title>committed</title>');
    const app = new Hono().get('/compare', createComparePageHandler([local, committed]));
    expect(await (await app.request('/compare')).text()).toContain('committed');
    await writeFile(local, '<!doctype html><title>local</title>');
    expect(await (await app.request('/compare')).text()).toContain('local');
  });

  it('says how to make the report when there is none', async () => {
    const app = new Hono().get('/compare', createComparePageHandler([join(dir, 'absent.html'), join(dir, 'also-absent.html')]));
    const response = await app.request('/compare');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<code>npm run compare</code>');
  });

  it('is mounted in the app, reads reports/comparison.html, and the home page links it', async () => {
    const { app } = createTestKit();
    expect(defaultComparisonReportPath).toMatch(/reports\/comparison\.html$/);
    expect(localComparisonReportPath).toMatch(/reports\/local\/comparison\.html$/);
    const page = await app.request('/compare');
    expect([200, 404]).toContain(page.status);
    expect(await page.text()).toMatch(page.status === 200 ? /REST, GraphQL and SOAP on the same tasks/ : /npm run compare/);
    expect(await (await app.request('/')).text()).toContain('href="/compare"');
  });
});
