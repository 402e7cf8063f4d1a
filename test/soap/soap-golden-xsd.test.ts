import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { xsdErrors } from './shop-xsd.js';

/** Every golden answer (a response element, or a fault's ShopFault detail) is valid against the WSDL's XSD. */
const goldenDir = fileURLToPath(new URL('./golden', import.meta.url));
const cases = readdirSync(goldenDir).sort();

describe('the golden SOAP answers against the XSD', () => {
  it.each(cases)('%s', (name) => {
    expect(xsdErrors(readFileSync(join(goldenDir, name, 'response.xml'), 'utf8'))).toEqual([]);
  });

  it.each(cases)('%s: the XSD refuses the request exactly when the server answers VALIDATION_FAILED', (name) => {
    const requestValid = xsdErrors(readFileSync(join(goldenDir, name, 'request.xml'), 'utf8')).length === 0;
    const refused = readFileSync(join(goldenDir, name, 'response.xml'), 'utf8').includes('<code>VALIDATION_FAILED</code>');
    expect(requestValid).toBe(!refused);
  });

  it('would see a broken answer', () => {
    const golden = readFileSync(join(goldenDir, 'soap11-get-product', 'response.xml'), 'utf8');
    expect(xsdErrors(golden.replace('<stock>56</stock>', ''))).toEqual([expect.stringContaining("Element '{http://api-playground.example/shop/v1}categoryId': This element is not expected. Expected is ( {http://api-playground.example/shop/v1}stock )")]);
    expect(xsdErrors(golden.replace('<currency>EUR</currency>', '<currency>USD</currency>'))).toEqual([expect.stringContaining("[facet 'enumeration']")]);
  });
});
