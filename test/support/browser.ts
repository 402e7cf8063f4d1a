import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * Debian's Chromium, headless, driven by playwright-core (no browser download on this machine).
 * The background-networking flags stop Chromium's own calls home, which a closed network
 * refuses many at a time; what a page requests is then only what the page asked for.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });

/** Where a console test opens its pages: the shared shop's root, or a sandbox made for the test. */
export async function shopBase(server: { url: string }, where: 'shared shop' | 'sandbox'): Promise<string> {
  if (where === 'shared shop') return server.url;
  const response = await fetch(`${server.url}/sandboxes`, { method: 'POST' });
  if (response.status !== 201) throw new Error(`Could not create a sandbox: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  return `${server.url}/s/${id}`;
}

/**
 * A server and Chromium for one browser test file: started before its tests, closed after.
 * Read `live.server` and `live.browser` inside the tests.
 */
export function withServerAndBrowser<S extends { url: string; close(): Promise<unknown> }>(start: () => Promise<S>): { readonly server: S; readonly browser: Browser } {
  const live = {} as { server: S; browser: Browser };
  beforeAll(async () => {
    live.server = await start();
    live.browser = await launchChromium();
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}
