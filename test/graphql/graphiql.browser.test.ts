import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, shopBase } from '../support/browser.js';
import { startServer, type RunningServer } from '../../src/server.js';


describe.each(['shared shop', 'sandbox'] as const)('GraphiQL in a browser (%s)', (where) => {
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

  it('renders offline, runs the nested default query, and lets a learner log in and act', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toContain('ProductsWithReviews');
    await page.locator('.graphiql-execute-button').click();
    const responsePane = page.locator('.graphiql-response');
    // Monaco renders spaces as no-break spaces.
    const response = { innerText: async () => (await responsePane.innerText()).replace(/\u00a0/g, ' ') };
    const openTab = async (name: string) => {
      // The tabs are draggable: a synthetic click switches without starting a drag.
      await page.locator(`button.graphiql-tab-button[title="${name}"]`).dispatchEvent('click');
      const editorText = async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' ');
      await expect.poll(editorText, { timeout: 30_000 }).toMatch(new RegExp(`(query|mutation) ${name} \\{`));
    };
    // Right after a tab switch GraphiQL may still hold the old operation name: run again then.
    const runUntilResponseShows = async (expected: string) => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await page.locator('.graphiql-execute-button').click();
        try {
          await expect.poll(() => response.innerText(), { timeout: 10_000 }).toContain(expected);
          return;
        } catch {
          // not there yet: run once more
        }
      }
      expect(await response.innerText()).toContain(expected);
    };
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toContain('"totalCount"');
    const text = await response.innerText();
    expect(text).toContain('"author"');
    expect(text).toContain('"category"');
    expect(text).not.toContain('"errors"');

    // A learner logs in from the console; the cookie then authenticates the next tab.
    await openTab('LogIn');
    await runUntilResponseShows('"token"');
    await openTab('MyOrders');
    await runUntilResponseShows('"Ada Lovelace"');
    expect(await response.innerText()).toContain('"orders"');
    await page.close();
    const outside = requested.filter((url) => !url.startsWith(server.url) && !/^(blob|data):/.test(url));
    expect(outside).toEqual([]);
    expect(requested.some((url) => url.startsWith(`${base}/graphql`))).toBe(true);
  });
});
