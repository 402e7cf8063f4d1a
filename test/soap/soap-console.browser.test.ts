import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/server.js';
import { withServerAndBrowser } from '../support/browser.js';

describe('the SOAP console on GET /soap', () => {
  const live = withServerAndBrowser(() => startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' }));

  it('sends GetProduct as SOAP 1.1 and 1.2 and shows the answer indented; a fault is marked', { timeout: 60_000 }, async () => {
    const page = await live.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${live.server.url}/soap`);
    const section = page.locator('section#GetProduct');
    const answer = section.locator('.answer');

    await section.locator('button.send').click();
    await expect.poll(() => answer.innerText(), { timeout: 20_000 }).toContain('GetProductResponse');
    let text = await answer.innerText();
    expect(text).toContain('HTTP 200 · text/xml; charset=utf-8');
    expect(text).toContain('<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/">');
    expect(text).toMatch(/\n {6}<product>\n {8}<id>1<\/id>/);

    await page.selectOption('#soap-version', '1.2');
    expect(await section.locator('textarea.envelope').inputValue()).toContain('http://www.w3.org/2003/05/soap-envelope');
    await answer.evaluate((node) => (node.textContent = ''));
    await section.locator('button.send').click();
    await expect.poll(() => answer.innerText(), { timeout: 20_000 }).toContain('GetProductResponse');
    text = await answer.innerText();
    expect(text).toContain('HTTP 200 · application/soap+xml; charset=utf-8');
    expect(text).toContain('<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope">');

    const envelope = section.locator('textarea.envelope');
    await envelope.fill((await envelope.inputValue()).replace(/<shop:id>\d+</, '<shop:id>999999<'));
    await section.locator('button.send').click();
    await expect.poll(() => answer.getAttribute('class'), { timeout: 20_000 }).toBe('answer fault');
    expect(await answer.innerText()).toContain('fault NOT_FOUND');
    expect(requested.every((url) => url.startsWith(live.server.url))).toBe(true);
  });

  it('logs in with the helper and sends the token as a bearer, without drawing it', { timeout: 60_000 }, async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.server.url}/soap`);
    await page.locator('#login-helper button[type="submit"]').click();
    await expect.poll(() => page.locator('#login-note').innerText(), { timeout: 20_000 }).toContain('Logged in');
    expect(await page.locator('#login-answer').innerText()).toContain('<token>[not shown]</token>');
    const section = page.locator('section#GetCart');
    // Without its UsernameToken header the call succeeds only through the bearer token.
    const envelope = section.locator('textarea.envelope');
    await envelope.fill((await envelope.inputValue()).replace(/\s*<soap:Header>[\s\S]*<\/soap:Header>/, ''));
    await section.locator('button.send').click();
    await expect.poll(() => section.locator('.answer').innerText(), { timeout: 20_000 }).toContain('GetCartResponse');
    expect(await page.locator('body').innerText()).toContain('PasswordText');
  });
});
