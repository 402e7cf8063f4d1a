import { SoapRequestError } from './soap-errors.js';

/** Limits on what an envelope may be, checked on the raw text before the parser sees it. */
export const xmlLimits = {
  /** Far above the biggest legitimate request (a 50-line PlaceOrder is ~160 elements). */
  maxElements: 5_000,
  /** Envelope, Body, operation, argument, list item, field: a real request nests ~6 deep. */
  maxDepth: 32,
  /** A WS-Security header uses ~3 per element, an Envelope a few xmlns declarations. */
  maxAttributesPerElement: 32,
  maxAttributes: 512,
  /** Character data in all (text and CDATA); the longest field (a review) is 4,000 characters. */
  maxTextChars: 256 * 1024,
  /** `&…;` references in all (text and attribute values). */
  maxReferences: 8_192,
} as const;

// The XML declaration may open the document (after a BOM); any other "<?" is a processing instruction.
const xmlDeclaration = /^\uFEFF?<\?xml\s[^?]*\?>/;
// Raw characters XML 1.0 forbids: a well-formed document never contains them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const forbiddenChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

const refuse = (message: string) => new SoapRequestError(message);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, refusing bytes that are not UTF-8 (a lenient decode would store U+FFFD). */
export function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw refuse('The message is not valid UTF-8.');
  }
}

const [LT, GT, AMP, QUOT, APOS, EQ, SLASH, BANG, QUESTION] = ['<', '>', '&', '"', "'", '=', '/', '!', '?'].map((ch) => ch.charCodeAt(0)) as number[];

/**
 * Counts elements, attributes, references and character data in one pass, refusing the
 * document as soon as a count passes its limit: an envelope of 85,000 attributes is refused
 * at its 513th, before the parser spends most of a second on it. Malformed markup is left
 * for the parser to report.
 */
function checkCounts(text: string): void {
  let elements = 0;
  let attributes = 0;
  let references = 0;
  let textChars = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch !== LT) {
      if (ch === AMP && ++references > xmlLimits.maxReferences) throw refuse(`The message has more than ${xmlLimits.maxReferences} entity or character references.`);
      if (++textChars > xmlLimits.maxTextChars) throw refuse(`The message has more than ${xmlLimits.maxTextChars} characters of text.`);
      i += 1;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (next === BANG) {
      const cdata = text.startsWith('<![CDATA[', i);
      const end = text.indexOf(cdata ? ']]>' : '>', i);
      if (end === -1) return;
      if (cdata && (textChars += end - i - 9) > xmlLimits.maxTextChars) throw refuse(`The message has more than ${xmlLimits.maxTextChars} characters of text.`);
      i = end + (cdata ? 3 : 1);
      continue;
    }
    if (next === SLASH || next === QUESTION) {
      const end = text.indexOf('>', i);
      if (end === -1) return;
      i = end + 1;
      continue;
    }
    if (++elements > xmlLimits.maxElements) throw refuse(`The message has more than ${xmlLimits.maxElements} elements.`);
    // Inside a start tag: each `=` outside quotes is one attribute; quoted values may hold `>`.
    let own = 0;
    i += 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === GT) break;
      if (c === QUOT || c === APOS) {
        const close = text.indexOf(c === QUOT ? '"' : "'", i + 1);
        if (close === -1) return;
        for (let k = text.indexOf('&', i + 1); k !== -1 && k < close; k = text.indexOf('&', k + 1)) {
          if (++references > xmlLimits.maxReferences) throw refuse(`The message has more than ${xmlLimits.maxReferences} entity or character references.`);
        }
        i = close + 1;
        continue;
      }
      if (c === EQ) {
        if (++own > xmlLimits.maxAttributesPerElement) throw refuse(`An element has more than ${xmlLimits.maxAttributesPerElement} attributes.`);
        if (++attributes > xmlLimits.maxAttributes) throw refuse(`The message has more than ${xmlLimits.maxAttributes} attributes.`);
      }
      i += 1;
    }
    i += 1;
  }
}

/**
 * Refuses, in one linear pass each, what would make parsing dangerous or slow: a DOCTYPE (the
 * door to entity expansion, billion laughs, quadratic blowup and XXE), processing
 * instructions, forbidden characters, and more elements, attributes, references or text than
 * any request of this API needs. Nothing here fetches or expands anything. Nesting depth is
 * capped by the parser itself.
 */
export function checkXmlSafety(text: string): void {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw refuse('DOCTYPE and entity declarations are not allowed in SOAP messages.');
  }
  const declaration = xmlDeclaration.exec(text);
  const rest = declaration ? text.slice(declaration[0].length) : text;
  if (rest.includes('<?')) throw refuse('Processing instructions are not allowed in SOAP messages.');
  if (forbiddenChar.test(text)) throw refuse('The message contains characters that XML does not allow.');
  checkCounts(rest);
}
