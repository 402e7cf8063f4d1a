import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { writeReports } from '../../scripts/compare/write-reports.js';
import { createComparePageHandler } from '../../src/web/compare-page.js';
import { loadRecordedRun } from './recorded-run-fixture.js';


describe('the HTML comparison report in a real browser', () => {
  let dir: string;
  let server: ServerType;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-browser-'));
    await writeReports(loadRecordedRun(), dir);
    const app = new Hono().get('/compare', createComparePageHandler([join(dir, 'comparison.html')]));
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('renders its tables and SVG charts, and requests nothing but the page', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const response = await page.goto(`${origin}/compare`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('REST, GraphQL and SOAP on the same tasks');
    const charts = page.locator('svg.chart');
    await expect(charts.count()).resolves.toBe(6);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(100);
      expect(await chart.locator('rect').count()).toBeGreaterThan(20);
    }
    await expect(page.getByRole('heading', { name: 'Summary' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('table').count()).toBeGreaterThan(8);
    // The raw exchanges are folded until opened.
    const raw = page.locator('details', { hasText: 'Raw exchanges: GraphQL' }).first();
    await expect(raw.locator('pre').isVisible()).resolves.toBe(false);
    await raw.locator('summary').click();
    await expect(raw.locator('pre').isVisible()).resolves.toBe(true);
    await expect(raw.locator('pre').textContent()).resolves.toMatch(/^POST \/graphql HTTP\/1\.1/);
    await expect(page.getByRole('heading', { name: 'Caching: the same read twice' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('li', { hasText: '304 Not Modified' }).count()).resolves.toBeGreaterThan(0);
    expect(requested.filter((url) => url !== `${origin}/compare`)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
