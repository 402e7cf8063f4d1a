import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, shopBase } from '../support/browser.js';
import { startServer, type RunningServer } from '../../src/server.js';


describe.each(['shared shop', 'sandbox'] as const)('the /docs page in a real browser (%s)', (where) => {
  let server: RunningServer;
  let browser: Browser;
  /** The shared shop's root, or a new sandbox's /s/{id}: the console must work under either. */
  let base: string;
  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' });
    browser = await launchChromium();
    base = await shopBase(server, where);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders our operations with Scalar, and nothing is fetched from outside this server', { timeout: 90_000 }, async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));

    const response = await page.goto(`${base}/docs`);
    expect(response?.status()).toBe(200);
    const visible = (text: string) => page.getByText(text, { exact: true }).first().waitFor({ state: 'visible', timeout: 20_000 });
    for (const text of ['List products', 'Get a product', 'Orders', 'Customers']) await visible(text);
    // No scheme is preselected (a public Try-it then sends no credentials); the Authentication box offers them.
    await page.getByText('Authentication', { exact: true }).first().waitFor({ state: 'visible', timeout: 20_000 });
    await expect(page.title()).resolves.toBe('API Playground — REST API reference');

    // Scalar's optional features start their fetches as they mount, with the first render. One
    // more request from the page, answered, puts all earlier request events behind us.
    await expect(page.evaluate(async () => (await fetch('/health')).status)).resolves.toBe(200);
    const outside = requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(requested).toContain(`${base}/openapi.json`);
    expect(requested).toContain(`${base}/docs/scalar.js`);
    expect(failures).toEqual([]);
    await page.close();
  });
});
