/**
 * Just enough XML reading to check answers at load-generator speed: a full parser per
 * response would make the checker, not the server, the bottleneck. Element names match by
 * local name whatever the prefix; texts are unescaped.
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? '';
  });

const patterns = new Map<string, RegExp>();
const elementPattern = (localName: string): RegExp => {
  let pattern = patterns.get(localName);
  if (!pattern) {
    pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${localName}>`, 'g');
    patterns.set(localName, pattern);
  }
  return pattern;
};

/** The inner XML of every `localName` element (not nested in one another). */
export function elementContents(xml: string, localName: string): string[] {
  return [...xml.matchAll(elementPattern(localName))].map((match) => match[1] ?? '');
}

/** The unescaped text of the first `localName` element, if any. */
export function firstText(xml: string, localName: string): string | undefined {
  const pattern = elementPattern(localName);
  pattern.lastIndex = 0;
  const match = pattern.exec(xml);
  return match?.[1] === undefined ? undefined : unescapeXml(match[1]);
}

/** The SOAP 1.1 body of `xml` holds `<responseName>` and no Fault. */
export function soapResponseProblem(xml: string, responseName: string): string | undefined {
  if (!xml.includes('http://schemas.xmlsoap.org/soap/envelope/')) return `not a SOAP 1.1 envelope: ${xml.slice(0, 120)}`;
  if (/<(?:[\w.-]+:)?Fault[\s>]/.test(xml)) return `fault: ${(firstText(xml, 'faultstring') ?? xml).slice(0, 200)}`;
  if (!new RegExp(`<(?:[\\w.-]+:)?${responseName}[\\s>]`).test(xml)) return `no ${responseName} element`;
  return undefined;
}
