import { describe, expect, it } from 'vitest';
import { sampleRequest } from '../../src/protocols/soap/docs-page.js';
import { soapOperations } from '../../src/protocols/soap/operations.js';
import { soap11, soap12 } from '../../src/protocols/soap/soap-versions.js';
import { faultIn, post } from '../support/soap-requests.js';
import { createTestKit } from '../support/test-kit.js';

/**
 * The docs page's sample requests are what learners copy: each must get past parsing,
 * credentials and validation in both versions. A business answer (NOT_FOUND, CONFLICT) is fine.
 */
describe('the sample envelopes of GET /soap', () => {
  it.each(soapOperations.map((op) => [op.name, op] as const))('%s is accepted in SOAP 1.1 and 1.2', async (name, op) => {
    const { app } = createTestKit();
    for (const version of [soap11, soap12]) {
      const request = sampleRequest(op, version);
      const reply = await post(app, request.body, request.headers);
      expect(reply.contentType).toBe(version.contentType);
      if (reply.status === 200) {
        expect(reply.text).toContain(`<${name}Response xmlns=`);
      } else {
        expect(['NOT_FOUND', 'CONFLICT']).toContain(faultIn(reply).code);
      }
    }
  });
});
