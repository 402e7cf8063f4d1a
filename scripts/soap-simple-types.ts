import { XMLParser } from 'fast-xml-parser';

/**
 * wsdl-tsclient 1.7.1 types every element of a named simple type (`tns:Id`, `tns:OrderStatus`)
 * as `string`, whatever its base: it reads node-soap's description `Id|xsd:int|minInclusive,...`
 * as an unknown type name. This puts back what the XSD says: the base's type (`number` for the
 * integer types, `boolean`), or the union of the values for an enumeration.
 */

type Node = Record<string, unknown>;
const asArray = (value: unknown): Node[] => (value === undefined ? [] : (Array.isArray(value) ? value : [value]) as Node[]);

const numericBases = new Set(['int', 'long', 'short', 'byte', 'integer', 'decimal', 'float', 'double']);

/** Each named simple type of the document's schemas, as the TypeScript type of its values. */
function simpleTypesOf(wsdl: string): Map<string, string> {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true });
  const definitions = (parser.parse(wsdl) as Node).definitions as Node;
  const schemas = asArray((definitions.types as Node | undefined)?.schema);
  const types = new Map<string, string>();
  for (const simpleType of schemas.flatMap((schema) => asArray(schema.simpleType))) {
    const restriction = asArray(simpleType.restriction)[0] ?? {};
    const base = String(restriction['@_base'] ?? '').replace(/^\w+:/, '');
    const values = asArray(restriction.enumeration).map((facet) => JSON.stringify(String(facet['@_value'])));
    const type = values.length > 0 ? values.join(' | ') : numericBases.has(base) ? 'number' : base === 'boolean' ? 'boolean' : 'string';
    types.set(String(simpleType['@_name']), type);
  }
  return types;
}

// The generator's doc comment names the simple type first: `/** Id|xsd:int|minInclusive,maxInclusive */`.
const restrictedProperty = /^( {4}\/\*\* (\w+)\|[^\n]*\*\/\n {4}\w+\??: )string(\[\])?;$/gm;

/** The generated definition file with each simple-typed property typed as its XSD type says. */
export function typeSimpleTypedProperties(wsdl: string, source: string): string {
  const types = simpleTypesOf(wsdl);
  return source.replace(restrictedProperty, (line, head: string, name: string, array: string | undefined) => {
    const type = types.get(name);
    if (type === undefined) return line;
    return `${head}${array && type.includes('|') ? `Array<${type}>` : `${type}${array ?? ''}`};`;
  });
}
