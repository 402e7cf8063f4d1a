/** Escaping and unescaping of XML character data, done by hand because entity processing is off. */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 cannot carry at all, even escaped; data containing them is replaced, not sent broken.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const needsEscape = /[&<>"']/;
// Text with none of the above (and no surrogates at all, even paired) is sent as it is: one test.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const plainText = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF&<>"']*$/;

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  if (plainText.test(text)) return text;
  const clean = notXmlChar.test(text) ? text.replace(notXmlChar, '\uFFFD') : text;
  notXmlChar.lastIndex = 0;
  return needsEscape.test(clean) ? clean.replace(/[&<>"']/g, (ch) => escapes[ch] ?? ch) : clean;
}

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const reference = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+));/g;

/** A code point XML 1.0 allows in a document. */
const isXmlChar = (cp: number): boolean =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

/**
 * Resolves the five predefined entities and character references. Returns undefined for any
 * other entity (no DTD may declare one) or a reference to a character XML forbids.
 */
export function unescapeXml(text: string): string | undefined {
  if (!text.includes('&')) return text;
  let broken = false;
  const result = text.replace(reference, (_match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const value = named[name];
      if (value === undefined) broken = true;
      return value ?? '';
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    if (!isXmlChar(cp)) {
      broken = true;
      return '';
    }
    return String.fromCodePoint(cp);
  });
  // A bare "&" left over is not well-formed XML either.
  return broken || /&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);)/.test(text) ? undefined : result;
}
