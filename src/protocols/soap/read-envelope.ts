import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xmlLimits } from './safe-xml.js';
import { SoapRequestError } from './soap-errors.js';
import { shopNamespace, versionByEnvelopeNamespace, type SoapVersion } from './soap-versions.js';
import { unescapeXml } from './xml-text.js';

/** Prefix → namespace URI in force at an element ('' is the default namespace). */
export type NamespaceScope = ReadonlyMap<string, string>;

export interface SoapEnvelope {
  version: SoapVersion;
  /** The parsed Header element and the namespaces in force there, if there is a header. */
  header: { node: unknown; scope: NamespaceScope } | undefined;
  /** The local name of the one Body child: in document/literal wrapped, the operation. */
  operation: string;
  /** The operation element's children as a plain object: local names, unescaped strings. */
  args: unknown;
}

/**
 * With `processEntities: false` the parser never decodes, yet fast-xml-parser 5.12 builds a
 * fresh entity decoder (merging its entity tables) for every document unless it is handed one:
 * this one does nothing, which is all that is asked of it. (A DOCTYPE, the only source of new
 * entities, is refused before parsing.)
 */
const noEntityDecoder = { reset() {}, setXmlVersion() {}, addInputEntities() {}, decode: (text: string) => text };

// Entities stay unexpanded and "007" stays a string; both are resolved by hand, later.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  maxNestedTags: xmlLimits.maxDepth,
  // No callback here reads paths; not building them saves a third of the parse time.
  jPath: false,
  // The typings describe decoder options; the parser uses the object as the decoder itself.
  entityDecoder: noEntityDecoder as never,
});

type XmlNode = Record<string, unknown>;
const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const asNode = (value: unknown): XmlNode => (isNode(value) ? value : {});
const isElementKey = (key: string): boolean => !key.startsWith('@_') && key !== '#text' && key !== '#cdata';
export const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/** The scope inside `node`: the parent's, plus the node's own xmlns declarations. */
export function scopeOf(node: unknown, parent: NamespaceScope): NamespaceScope {
  if (!isNode(node)) return parent;
  let scope: Map<string, string> | undefined;
  for (const key of Object.keys(node)) {
    if (key !== '@_xmlns' && !key.startsWith('@_xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(key === '@_xmlns' ? '' : key.slice('@_xmlns:'.length), String(node[key]));
  }
  return scope ?? parent;
}

export const namespaceOf = (qname: string, scope: NamespaceScope): string | undefined => {
  const colon = qname.indexOf(':');
  return scope.get(colon === -1 ? '' : qname.slice(0, colon));
};

export const elementKeys = (node: unknown): string[] => (isNode(node) ? Object.keys(node).filter(isElementKey) : []);

const malformed = (detail: string) => new SoapRequestError(`Malformed XML: ${detail}`);

function parse(text: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw malformed(`${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    // The parser refuses the depth cap and JavaScript-reserved names (__proto__, constructor).
    const text = error instanceof Error ? error.message : '';
    if (/nested/i.test(text)) throw malformed(`nested deeper than ${xmlLimits.maxDepth} elements.`);
    if (/reserved/i.test(text)) throw malformed('names such as __proto__ and constructor are reserved.');
    throw malformed('unreadable.');
  }
}

/** An element's content as plain data: text, or an object of children by local name. */
export function toPlain(value: unknown, path: string): unknown {
  if (Array.isArray(value)) return value.map((item, index) => toPlain(item, `${path}.${index}`));
  if (typeof value === 'string') {
    const text = unescapeXml(value);
    if (text === undefined) throw malformed(`undeclared entity or bad character reference in ${path}.`);
    return text;
  }
  const node = asNode(value);
  if (Object.entries(node).some(([key, v]) => key.startsWith('@_') && /(^|:)nil$/.test(key) && (v === 'true' || v === '1'))) return undefined;
  const children = elementKeys(node);
  const text = [node['#text'] === undefined ? '' : toPlain(String(node['#text']), path), node['#cdata'] ?? ''].join('');
  if (children.length === 0) return text;
  if (text.trim() !== '') throw malformed(`${path} mixes text and elements.`);
  const fields = new Map<string, unknown>();
  for (const key of children) {
    const name = localName(key);
    const plain = toPlain(node[key], path ? `${path}.${name}` : name);
    const before = fields.get(name);
    fields.set(name, before === undefined ? plain : [before, plain].flat());
  }
  // fromEntries defines own properties, so an element named __proto__ cannot reach a prototype.
  return Object.fromEntries(fields);
}

function onlyChild(node: unknown, what: string): string | undefined {
  const keys = elementKeys(node);
  if (keys.length > 1) throw new SoapRequestError(`${what} must contain exactly one element.`);
  return keys[0];
}

/**
 * Reads a SOAP envelope: checks it is well-formed, that its namespace is the version the
 * Content-Type announced, that Body holds one operation element of the shop's namespace,
 * and returns that element's arguments. No schema knowledge here; the operation table has it.
 */
export function readEnvelope(text: string, expected: SoapVersion): SoapEnvelope {
  const document = parse(text);
  const rootKey = onlyChild(document, 'The document');
  if (rootKey === undefined) throw malformed('no root element.');
  const envelope = document[rootKey];
  const scope = scopeOf(envelope, new Map());
  const version = versionByEnvelopeNamespace.get(namespaceOf(rootKey, scope) ?? '');
  if (localName(rootKey) !== 'Envelope' || version === undefined) {
    throw new SoapRequestError('The root element is not a SOAP 1.1 or 1.2 Envelope.', { faultCode: 'VersionMismatch' });
  }
  if (version !== expected) {
    throw new SoapRequestError(
      `A SOAP ${version.name} envelope was sent as ${expected.mediaType}; send it as ${version.mediaType}.`,
      { faultCode: 'VersionMismatch' },
    );
  }
  let header: SoapEnvelope['header'];
  let body: { node: unknown; scope: NamespaceScope } | undefined;
  for (const key of elementKeys(envelope)) {
    const node = asNode(envelope)[key];
    const name = localName(key);
    if (Array.isArray(node) || namespaceOf(key, scope) !== version.envelopeNamespace || (name !== 'Header' && name !== 'Body')) {
      throw new SoapRequestError(`Unexpected element ${key} in the Envelope: it holds one optional Header and one Body.`);
    }
    if (name === 'Header') header = { node, scope: scopeOf(node, scope) };
    else body = { node, scope: scopeOf(node, scope) };
  }
  if (!body) throw new SoapRequestError('The Envelope has no Body.');
  const operationKey = onlyChild(body.node, 'The Body');
  if (operationKey === undefined) throw new SoapRequestError('The Body is empty: it must hold one operation element.');
  const operationNode = asNode(body.node)[operationKey];
  if (Array.isArray(operationNode)) throw new SoapRequestError('The Body must contain exactly one element.');
  const operationNamespace = namespaceOf(operationKey, scopeOf(operationNode, body.scope));
  if (operationNamespace !== shopNamespace) {
    throw new SoapRequestError(`The Body element ${localName(operationKey)} must be in the namespace ${shopNamespace}.`, {
      fields: [{ path: localName(operationKey), message: `Expected namespace ${shopNamespace}, got ${operationNamespace ?? 'none'}.` }],
    });
  }
  const operation = localName(operationKey);
  const args = toPlain(operationNode, '');
  return { version, header, operation, args: typeof args === 'string' ? {} : args };
}
