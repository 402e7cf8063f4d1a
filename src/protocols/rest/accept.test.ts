import { describe, expect, it } from 'vitest';
import { acceptsJson } from './accept.js';

describe('acceptsJson', () => {
  it('admits no header, wildcards and the JSON types we serve', () => {
    for (const header of [undefined, '', '*/*', 'application/json', 'application/*', 'application/problem+json', 'text/html, */*;q=0.8', 'APPLICATION/JSON; charset=utf-8']) {
      expect(acceptsJson(header), String(header)).toBe(true);
    }
  });

  it('refuses types we do not serve and JSON explicitly given quality 0', () => {
    for (const header of ['application/xml', 'text/html', 'text/*', 'application/json;q=0', 'application/xml, */*;q=0']) {
      expect(acceptsJson(header), header).toBe(false);
    }
  });
});
