import { XMLParser } from 'fast-xml-parser';

/**
 * wsdl-tsclient 1.7.1 marks every property optional (`name?:`), whatever the XSD says: a
 * product read through SOAP then looks as if any field could be missing. This puts back what
 * the XSD states: an element with minOccurs ≥ 1 (the default) is always there.
 *
 * The generator names anonymous types by their element (`Items1`...), so a generated interface
 * is matched to the XSD sequence with the same element names in the same order; where several
 * sequences match and disagree, the property stays optional.
 */

type Node = Record<string, unknown>;
const asArray = (value: unknown): Node[] => (value === undefined ? [] : (Array.isArray(value) ? value : [value]) as Node[]);

/** Every xsd:sequence in the document, as its elements' names and whether each is required. */
function sequencesOf(wsdl: string): { name: string; required: boolean }[][] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true });
  const found: { name: string; required: boolean }[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === 'sequence') {
        for (const sequence of asArray(value)) {
          found.push(asArray(sequence.element).map((element) => ({ name: String(element['@_name']), required: Number(element['@_minOccurs'] ?? 1) >= 1 })));
        }
      }
      walk(value);
    }
  };
  walk(parser.parse(wsdl));
  return found;
}

const propertyLine = /^( {4})(\w+)\?: (.+);$/gm;

/** The generated definition file with `?` dropped from the properties the XSD requires. */
export function markRequiredProperties(wsdl: string, source: string): string {
  const names = [...source.matchAll(propertyLine)].map((match) => match[2] as string);
  const matching = sequencesOf(wsdl).filter((sequence) => sequence.length === names.length && sequence.every((element, i) => element.name === names[i]));
  if (matching.length === 0) return source;
  const required = new Set(names.filter((_, i) => matching.every((sequence) => sequence[i]?.required)));
  return source.replace(propertyLine, (line, indent: string, name: string, type: string) => (required.has(name) ? `${indent}${name}: ${type};` : line));
}
