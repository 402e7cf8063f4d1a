import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withServerAndBrowser } from '../support/browser.js';
import { startTestServer } from '../support/test-server.js';

/**
 * A new learner on /docs, clicking exactly what the page offers: Try-it on a public operation,
 * then a login from the console, then an operation that needs the session. No token is pasted
 * anywhere: the session cookie the login set carries the session.
 */
describe('the /docs console works from the first click', () => {
  const live = withServerAndBrowser(() => startTestServer());

  /** Opens the operation in Scalar's client and sends it as the page prepared it; the status the API answered. */
  async function tryIt(page: Page, group: string | undefined, operation: string, method: string, path: string): Promise<number> {
    if (group) await page.getByText(group, { exact: true }).first().click();
    await page.getByText(operation, { exact: true }).first().click();
    await page.getByRole('button', { name: `Test Request (${method} ${path})` }).click();
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === path && response.request().method() === method.toUpperCase());
    const send = page.getByRole('button', { name: new RegExp(`^Send ${method} request to .*${path.replaceAll('/', '\\/')}$`) });
    await send.click();
    const status = (await answered).status();
    // The answer is shown in the client, then the client is closed for the next operation.
    await page.getByText(String(status), { exact: true }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await send.waitFor({ state: 'hidden' });
    return status;
  }

  it('answers a public Try-it anonymously, then logs in from the console and reads /rest/me', { timeout: 120_000 }, async () => {
    const page = await live.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const sentAuthorization: string[] = [];
    page.on('request', (request) => {
      const header = request.headers()['authorization'];
      if (header !== undefined) sentAuthorization.push(`${request.url()}: ${header}`);
    });
    await page.goto(`${live.server.url}/docs`);

    expect(await tryIt(page, undefined, 'List products', 'get', '/rest/products')).toBe(200);

    // The login body comes filled in from the document's example (a demo account).
    expect(await tryIt(page, 'Account', 'Log in', 'post', '/rest/auth/login')).toBe(200);
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'shop_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax', expires: -1 });

    expect(await tryIt(page, undefined, 'Who am I', 'get', '/rest/me')).toBe(200);
    // Nothing sent an empty or made-up bearer token along the way.
    expect(sentAuthorization).toEqual([]);
    await page.close();
  });
});
