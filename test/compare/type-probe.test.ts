import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/generate.js';
import { runTypeProbes } from '../../scripts/compare/type-probe.js';

describe('type-safety probe (the TypeScript compiler on each client, in memory)', () => {
  it('records whether a misspelt field and an unguarded optional field compile', () => {
    const results = Object.fromEntries(runTypeProbes(repoRoot).map((r) => [r.client, r]));
    expect(Object.keys(results)).toEqual(['rest', 'graphql', 'soap', 'fetch']);
    for (const client of ['rest', 'graphql', 'soap', 'fetch']) expect(results[client]?.controlCompiles).toBe(true);
    for (const client of ['rest', 'graphql', 'soap']) {
      expect(results[client]?.wrongFieldCaught).toBe(true);
      expect(results[client]?.wrongFieldMessage).toMatch(/pricecents.*Did you mean 'priceCents'/);
    }
    // Every client types a product's fields as present: REST's plain read is all-required, SOAP's XSD elements are minOccurs 1.
    for (const client of ['rest', 'graphql', 'soap']) expect(results[client]?.presence, client).toBe('present');
    expect(results.fetch).toMatchObject({ wrongFieldCaught: false, presence: 'unchecked' });
  });
});
