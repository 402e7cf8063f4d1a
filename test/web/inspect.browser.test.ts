import { describe, expect, it } from 'vitest';
import { sampleEnvelope, sampleHeaders } from '../../src/protocols/soap/sample-envelope.js';
import { soap11 } from '../../src/protocols/soap/soap-versions.js';
import { withServerAndBrowser } from '../support/browser.js';
import { startTestServer } from '../support/test-server.js';

describe('/inspect in a browser', () => {
  const live = withServerAndBrowser(() => startTestServer());

  it('shows a raw SOAP POST live, with its bearer token redacted, pretty-printed and copyable as curl', { timeout: 60_000 }, async () => {
    const page = await live.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${live.server.url}/inspect`);
    await expect.poll(() => page.locator('#live').innerText()).toBe('live');

    const token = await live.server.tokenFor('customer');
    const response = await fetch(`${live.server.url}/soap`, {
      method: 'POST',
      headers: { ...sampleHeaders('GetMe', soap11), authorization: `Bearer ${token}` },
      body: sampleEnvelope('GetMe', {}, soap11),
    });
    const answer = await response.text();
    expect(response.status, answer).toBe(200);

    const row = page.locator('#exchanges tr', { hasText: 'GetMe' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.innerText()).toMatch(/soap\s+GetMe\s+200/);
    await row.click();
    const detail = page.locator('#exchange');
    expect(await detail.locator('h2').innerText()).toBe('POST /soap');
    const requestHeaders = await detail.locator('section pre.headers').first().textContent();
    expect(requestHeaders).toContain('authorization: Bearer [redacted]');
    const requestBody = await detail.locator('section pre.body').first().innerText();
    expect(requestBody).toMatch(/<soap:Envelope[^>]*>\n\s+<soap:Body>\n\s+<shop:GetMe\/>/);
    // The server's answer is one line; shown indented.
    expect(await detail.locator('section pre.body').nth(1).innerText()).toMatch(/<env:Envelope[^>]*>\n\s+<env:Body>\n\s+<GetMeResponse/);
    expect(await detail.locator('pre.raw').textContent()).toContain('<shop:GetMe/>');

    await detail.getByRole('button', { name: 'copy as curl' }).click();
    const curl = await page.locator('#copied').textContent();
    expect(curl).toMatch(/^curl -X POST 'http:\/\/127\.0\.0\.1:\d+\/soap'/);
    expect(curl).toContain("-H 'authorization: Bearer [redacted]'");
    expect(curl).toContain('--data-binary');

    expect(await page.content()).not.toContain(token);

    await page.selectOption('#filter', 'rest');
    expect(await row.isHidden()).toBe(true);
    await page.selectOption('#filter', 'soap');
    expect(await row.isVisible()).toBe(true);

    expect(requested.every((url) => url.startsWith(live.server.url))).toBe(true);
  });

  it('sets the shop’s fault switches from the page', { timeout: 30_000 }, async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.server.url}/inspect`);
    await page.click('#fault-panel summary');
    await page.fill('tr[data-protocol="graphql"] input[name="failureRate"]', '1');
    await page.fill('tr[data-protocol="graphql"] input[name="failStatus"]', '500');
    await page.click('#faults button[type="submit"]');
    await expect.poll(() => page.locator('#faults-state').innerText()).toBe('saved');
    const failed = await fetch(`${live.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ product(id: 1) { name } }"}' });
    expect(failed.status).toBe(500);
    await page.click('#faults-off');
    await expect.poll(async () => (await fetch(`${live.server.url}/inspect/faults`).then((r) => r.json()) as { graphql: { failureRate: number } }).graphql.failureRate).toBe(0);
  });
});
