import { describe, expect, it } from 'vitest';
import { comparedScenarios } from '../../src/web/compared-scenarios.js';
import { demoAccounts } from '../../src/domain/demo-accounts.js';
import { createTestKit } from '../support/test-kit.js';

const appOf = () => createTestKit();

describe('home page', () => {
  it('links every console and contract, shows the demo accounts and lists the compared scenarios', async () => {
    const response = await appOf().app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    for (const href of ['/docs', '/openapi.json', '/graphql', '/soap?wsdl', '/soap', '/compare', '/health']) {
      expect(html).toContain(`href="${href}"`);
    }
    for (const account of Object.values(demoAccounts)) {
      expect(html).toContain(account.email);
      expect(html).toContain(account.password);
    }
    // Hono's html helper escapes text; the titles use no characters it would change.
    for (const title of Object.values(comparedScenarios)) expect(html).toContain(title);
    expect(html).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)[a-z]/i);
  });
});

describe('/health', () => {
  it('reports the database as ok', async () => {
    const response = await appOf().app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('answers 503 "degraded" when the database is gone, without crashing', async () => {
    const { app, db } = appOf();
    db.close();
    const response = await app.request('/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'degraded', database: 'unavailable' });
  });
});
