import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/services/clock.js';
import { post } from '../support/soap-requests.js';
import { createTestKit } from '../support/test-kit.js';

/**
 * Golden request/response pairs, as node-soap's test/request-response-samples keeps them: each
 * folder holds the request a client sends, its HTTP headers (case.json) and the exact answer.
 * A manual clock makes new timestamps repeatable. UPDATE_GOLDEN=1 rewrites the answers.
 */
const goldenDir = fileURLToPath(new URL('./golden', import.meta.url));
const cases = readdirSync(goldenDir).sort();

describe('SOAP golden envelopes', () => {
  it('has cases for both SOAP versions', () => {
    expect(cases.some((name) => name.startsWith('soap11-'))).toBe(true);
    expect(cases.some((name) => name.startsWith('soap12-'))).toBe(true);
  });

  it.each(cases)('%s', async (name) => {
    const dir = join(goldenDir, name);
    const { headers, status } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { headers: Record<string, string>; status: number };
    const { app } = createTestKit({ clock: createManualClock('2026-06-01T12:00:00.000Z') });
    const reply = await post(app, readFileSync(join(dir, 'request.xml'), 'utf8'), headers);
    const responsePath = join(dir, 'response.xml');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(responsePath, `${reply.text}\n`);
    expect(reply.status).toBe(status);
    expect(reply.contentType).toBe(headers['content-type']?.startsWith('text/xml') ? 'text/xml; charset=utf-8' : 'application/soap+xml; charset=utf-8');
    expect(reply.text).toBe(readFileSync(responsePath, 'utf8').trimEnd());
  });
});
