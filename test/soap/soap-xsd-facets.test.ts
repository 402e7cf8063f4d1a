import { beforeAll, describe, expect, it } from 'vitest';
import { soapOperations } from '../../src/protocols/soap/operations.js';
import { sampleEnvelope, sampleHeaders } from '../../src/protocols/soap/sample-envelope.js';
import { soap11 } from '../../src/protocols/soap/soap-versions.js';
import { faultIn, post, type SoapReply } from '../support/soap-requests.js';
import { createTestKit, type TestKit } from '../support/test-kit.js';
import { requestSlots, simpleTypes, xsdErrors as xsdErrorsOf } from './shop-xsd.js';
import { argsWith, patternProbes, probesOf, type Probe } from './xsd-probes.js';

/**
 * The XSD and the server agree on every request rule: for each probe built from the XSD's
 * facets, libxml2 decides whether the XSD accepts the request, and the server must decide the
 * same — accepted, or refused with a Client fault naming the element by its XSD path. Every
 * answer, accepted or fault, must itself be valid against the XSD.
 */

// Refusals about what exists (a category, a product), not about the value's form: beyond any XSD.
const referential = /does not exist|No such product/;
const unlimited = { limit: 100_000, windowMs: 60_000 };

/** The field errors of a VALIDATION_FAILED fault, referential ones left out ([] for anything else). */
function validationErrors(reply: SoapReply): { path: string; message: string }[] {
  if (reply.status === 200) return [];
  const fault = faultIn(reply);
  if (fault.code !== 'VALIDATION_FAILED') return [];
  return fault.fields.filter((field) => !referential.test(field.message));
}

const operations = soapOperations.filter((op) => requestSlots(op.name).length > 0);

describe.each(operations.map((op) => [op.name, op] as const))('%s: the XSD and the server agree', (name, op) => {
  let kit: TestKit;
  let token: string;
  beforeAll(async () => {
    kit = createTestKit({ writeLimit: unlimited, registrationsPerAddress: unlimited });
    token = await kit.tokenFor('admin');
  });

  /** Posts the probe's request as SOAP 1.1, signed in as the admin (who may call every operation). */
  async function send(probe: Probe) {
    const envelope = sampleEnvelope(name, argsWith(name, op.sample, probe), soap11);
    const reply = await post(kit.app, envelope, { ...sampleHeaders(name, soap11), authorization: `Bearer ${token}` });
    return { envelope, reply };
  }

  it.each(probesOf(name, op.sample).map((probe) => [`${probe.slot.path.join('.')}: ${probe.label}`, probe] as const))(
    '%s',
    async (_title, probe) => {
      const { envelope, reply } = await send(probe);
      const path = probe.slot.path.join('.');
      expect(xsdErrorsOf(envelope).length === 0, `the XSD ${probe.inside ? 'refuses' : 'accepts'} ${path}: ${probe.label}`).toBe(probe.inside);
      if (probe.inside) {
        expect(validationErrors(reply), reply.text.slice(0, 600)).toEqual([]);
      } else {
        const fault = faultIn(reply);
        expect(fault).toMatchObject({ faultcode: 'env:Client', code: 'VALIDATION_FAILED' });
        expect(fault.fields.map((field) => field.path)).toContain(path);
      }
      expect(xsdErrorsOf(reply.text), reply.text.slice(0, 600)).toEqual([]);
    },
  );
});

describe('the probes cover the XSD', () => {
  const usedTypes = new Set(soapOperations.flatMap((op) => requestSlots(op.name).map((slot) => slot.type)));

  it('probes both sides of every simple type a request uses', () => {
    for (const type of usedTypes) {
      if (!simpleTypes.has(type)) continue;
      const probes = soapOperations.flatMap((op) => probesOf(op.name, op.sample)).filter((probe) => probe.slot.type === type);
      expect(probes.some((probe) => probe.inside && !probe.label.startsWith('left out')), type).toBe(true);
      expect(probes.some((probe) => !probe.inside && !probe.label.startsWith('left out')), type).toBe(true);
    }
  });

  it('lists pattern probes for exactly the simple types with a pattern', () => {
    const withPattern = [...simpleTypes.values()].filter((type) => type.patterns.length > 0).map((type) => type.name);
    expect(Object.keys(patternProbes).sort()).toEqual(withPattern.sort());
  });

  it('constrains every numeric and text element of every request with a named type', () => {
    const bare = soapOperations.flatMap((op) =>
      requestSlots(op.name).filter((slot) => /^xsd:(int|long|string)$/.test(slot.type)).map((slot) => `${op.name}.${slot.path.join('.')}`),
    );
    expect(bare).toEqual([]);
  });
});
