import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/server.js';
import { withServerAndBrowser } from '../support/browser.js';

describe('/explore in a browser', () => {
  const live = withServerAndBrowser(() => startServer({ port: 0, host: '127.0.0.1', databasePath: ':memory:' }));

  it('runs the order history in three columns, then resends an edited GraphQL query', { timeout: 120_000 }, async () => {
    const page = await live.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${live.server.url}/explore`);
    await page.selectOption('select[name="scenario"]', 'order-history');
    await page.selectOption('select[name="account"]', 'customer');
    await page.click('#run-form button[type="submit"]');
    const column = (protocol: string) => page.locator(`[data-protocol="${protocol}"]`);
    await column('soap').locator('article.exchange').first().waitFor({ timeout: 60_000 });

    await expect.poll(() => column('rest').locator('article.exchange').count()).toBe(8);
    expect(await column('graphql').locator('article.exchange').count()).toBe(1);
    expect(await column('soap').locator('article.exchange').count()).toBe(8);
    const requestLines = await column('rest').locator('.request-line').allInnerTexts();
    expect(requestLines[0]).toBe('GET /rest/orders?sort=-createdAt&limit=5');
    for (const line of requestLines.slice(1)) expect(line).toMatch(/^GET \/rest\/products\/\d+$/);
    expect(await column('graphql').locator('pre.document').innerText()).toMatch(/^query OrderHistory\(\$count: Int\) \{\n {2}orders\(first: \$count/);
    const envelopes = await column('soap').locator('.request pre.body').allInnerTexts();
    expect(envelopes[0]).toContain('<ListOrders xmlns="http://api-playground.example/shop/v1">');
    expect(envelopes[0]).toContain('\n      <limit>5</limit>');
    for (const envelope of envelopes.slice(1)) expect(envelope).toMatch(/<GetProduct xmlns="[^"]+">\n\s+<id>\d+<\/id>/);
    expect(await column('rest').locator('.metrics').innerText()).toContain('8 round trips');
    expect(await column('graphql').locator('.metrics').innerText()).toContain('1 round trip');
    // Used fields are marked in the responses: REST marks a product's name, not its sku.
    const firstProduct = column('rest').locator('article.exchange').nth(1).locator('.response pre.body');
    expect(await firstProduct.locator('.used').allInnerTexts()).not.toHaveLength(0);
    expect(await firstProduct.innerText()).toContain('"sku"');
    expect(await page.locator('body').innerText()).not.toContain('shop-demo-2026');

    await column('graphql').locator('button.edit').click();
    await column('graphql').locator('form.editor textarea[name="document"]').fill('query { product(id: 2) { name priceCents } }');
    await column('graphql').locator('form.editor textarea[name="variables"]').fill('{}');
    await column('graphql').locator('form.editor button').click();
    const resent = column('graphql').locator('article.resent');
    await resent.waitFor({ timeout: 30_000 });
    const answer = await resent.locator('.response pre.body').innerText();
    expect(answer).toMatch(/"product": \{\n\s+"name": "[^"]+",\n\s+"priceCents": \d+/);
    expect(answer).not.toContain('"orders"');
    expect(requested.every((url) => url.startsWith(live.server.url))).toBe(true);
  });
});
