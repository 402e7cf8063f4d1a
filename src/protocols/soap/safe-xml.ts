import { SoapRequestError } from './soap-errors.js';

/** Limits on what an envelope may be, checked on the raw text before the parser sees it. */
export const xmlLimits = {
  /** Far above the biggest legitimate request (a 50-line PlaceOrder is ~160 elements). */
  maxElements: 5_000,
  /** Envelope, Body, operation, argument, list item, field: a real request nests ~6 deep. */
  maxDepth: 32,
} as const;

// The XML declaration may open the document (after a BOM); any other "<?" is a processing instruction.
const xmlDeclaration = /^\uFEFF?<\?xml\s[^?]*\?>/;
// Raw characters XML 1.0 forbids: a well-formed document never contains them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const forbiddenChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const openTag = /<[A-Za-z_]/g;

const refuse = (message: string) => new SoapRequestError(message);

/**
 * Refuses, in one linear pass each, what would make parsing dangerous or slow: a DOCTYPE (the
 * door to entity expansion, billion laughs, quadratic blowup and XXE), processing
 * instructions, forbidden characters, and more elements than any request of this API needs.
 * Nothing here fetches or expands anything. Nesting depth is capped by the parser itself.
 */
export function checkXmlSafety(text: string): void {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw refuse('DOCTYPE and entity declarations are not allowed in SOAP messages.');
  }
  const declaration = xmlDeclaration.exec(text);
  const rest = declaration ? text.slice(declaration[0].length) : text;
  if (rest.includes('<?')) throw refuse('Processing instructions are not allowed in SOAP messages.');
  if (forbiddenChar.test(text)) throw refuse('The message contains characters that XML does not allow.');
  let elements = 0;
  openTag.lastIndex = 0;
  while (openTag.exec(text) !== null) {
    elements += 1;
    if (elements > xmlLimits.maxElements) {
      openTag.lastIndex = 0;
      throw refuse(`The message has more than ${xmlLimits.maxElements} elements.`);
    }
  }
}
