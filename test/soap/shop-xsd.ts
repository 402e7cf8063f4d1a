import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { XmlDocument, XmlValidateError, XsdValidator, type XmlElement } from 'libxml2-wasm';
import { wsdlPath } from '../../src/protocols/soap/wsdl-document.js';
import { shopNamespace } from '../../src/protocols/soap/soap-versions.js';

/**
 * The XSD inside wsdl/shop.wsdl, two ways: as data (fast-xml-parser), to derive test cases from
 * its facets, and as a compiled schema (libxml2, the library behind xmllint, built to WebAssembly),
 * to ask what the XSD itself accepts.
 */

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (value === undefined ? [] : ([value].flat() as Node[]));
const wsdlText = readFileSync(wsdlPath, 'utf8');
const schema = (
  (new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true }).parse(wsdlText) as Node).definitions as Node
).types as Node;
const xsd = schema.schema as Node;

export interface SimpleType {
  name: string;
  base: string;
  minInclusive?: number;
  maxInclusive?: number;
  minLength?: number;
  maxLength?: number;
  patterns: string[];
  enumeration: string[];
}

const facet = (restriction: Node, name: string): number | undefined => {
  const value = list(restriction[name])[0]?.value;
  return value === undefined ? undefined : Number(value);
};

export const simpleTypes = new Map<string, SimpleType>(
  list(xsd.simpleType).map((type) => {
    const restriction = list(type.restriction)[0] ?? {};
    const name = String(type.name);
    const found: SimpleType = {
      name,
      base: String(restriction.base),
      patterns: list(restriction.pattern).map((p) => String(p.value)),
      enumeration: list(restriction.enumeration).map((e) => String(e.value)),
    };
    for (const key of ['minInclusive', 'maxInclusive', 'minLength', 'maxLength'] as const) {
      const value = facet(restriction, key);
      if (value !== undefined) found[key] = value;
    }
    return [name, found];
  }),
);

const complexTypes = new Map(list(xsd.complexType).map((type) => [String(type.name), type]));
const topElements = new Map(list(xsd.element).map((element) => [String(element.name), element]));

/** One element a request may carry, with its dotted path as the server's faults name it. */
export interface RequestSlot {
  path: (string | number)[];
  type: string;
  minOccurs: number;
  maxOccurs: number;
}

const sequenceOf = (type: Node | undefined): Node[] => list((list(type?.sequence)[0] ?? {}).element);

/** The elements of an operation's request, nested ones (items.0.quantity) under the first occurrence. */
export function requestSlots(operation: string): RequestSlot[] {
  const walk = (elements: Node[], prefix: (string | number)[]): RequestSlot[] =>
    elements.flatMap((element) => {
      const type = String(element.type).replace(/^tns:/, '');
      const maxOccurs = element.maxOccurs === 'unbounded' ? Infinity : Number(element.maxOccurs ?? 1);
      const slot = { path: [...prefix, String(element.name)], type, minOccurs: Number(element.minOccurs ?? 1), maxOccurs };
      const complex = complexTypes.get(type);
      return complex ? [slot, ...walk(sequenceOf(complex), [...slot.path, 0])] : [slot];
    });
  return walk(sequenceOf(list(topElements.get(operation)?.complexType)[0]), []);
}

/** The identity constraints (xsd:unique) of an operation's request: which repeated element, which field. */
export const uniqueConstraintsOf = (operation: string): { selector: string; field: string }[] =>
  list(topElements.get(operation)?.unique).map((unique) => ({
    selector: String(list(unique.selector)[0]?.xpath).replace(/^tns:/, ''),
    field: String(list(unique.field)[0]?.xpath).replace(/^tns:/, ''),
  }));

/** The schema as a standalone document: the WSDL declares the xsd and tns prefixes it uses. */
function standaloneSchema(): string {
  const start = wsdlText.indexOf('<xsd:schema ');
  const end = wsdlText.indexOf('</xsd:schema>') + '</xsd:schema>'.length;
  return wsdlText
    .slice(start, end)
    .replace('<xsd:schema ', `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="${shopNamespace}" `);
}

const validator = XsdValidator.fromDoc(XmlDocument.fromString(standaloneSchema()));

/**
 * What the XSD says of the shop-namespace elements of a document (request or response envelope):
 * the operation's request or response element, or a fault's ShopFault. [] when valid.
 */
export function xsdErrors(document: string): string[] {
  const doc = XmlDocument.fromString(document);
  try {
    const element = doc.get(`/*/*[local-name()='Body']/shop:*|//shop:ShopFault`, { shop: shopNamespace }) as XmlElement | null;
    if (!element) return ['no element of the shop namespace in the document'];
    validator.validate(element);
    return [];
  } catch (error) {
    if (error instanceof XmlValidateError) return error.details.map((detail) => detail.message.trim());
    throw error;
  } finally {
    doc.dispose();
  }
}
