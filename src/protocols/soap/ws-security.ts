import { ShopError } from '../../domain/errors.js';
import { elementKeys, localName, namespaceOf, scopeOf, toPlain, type NamespaceScope } from './read-envelope.js';
import { SoapRequestError } from './soap-errors.js';
import { wsseNamespace, type SoapVersion } from './soap-versions.js';

export interface UsernameToken {
  username: string;
  password: string;
  /** wsu:Created, if sent: checked against a window of minutes. */
  created?: string;
  /** wsse:Nonce, if sent: refused when seen before within the window (a replay). */
  nonce?: string;
}

type XmlNode = Record<string, unknown>;
const asNode = (value: unknown): XmlNode => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as XmlNode) : {});

/** Whether a header block says the receiver must process it (1.1: "1"; 1.2: "true" or "1"). */
function mustUnderstand(block: XmlNode, scope: NamespaceScope, version: SoapVersion): boolean {
  return Object.entries(block).some(
    ([key, value]) =>
      key.startsWith('@_') &&
      localName(key.slice(2)) === 'mustUnderstand' &&
      namespaceOf(key.slice(2), scope) === version.envelopeNamespace &&
      (value === '1' || value === 'true'),
  );
}

const unauthenticated = (message: string) => new ShopError('UNAUTHENTICATED', message);

function readUsernameToken(security: XmlNode): UsernameToken | undefined {
  const tokenKey = elementKeys(security).find((key) => localName(key) === 'UsernameToken');
  if (tokenKey === undefined) return undefined;
  const token = asNode(security[tokenKey]);
  const field = (name: string) => elementKeys(token).find((key) => localName(key) === name);
  const usernameKey = field('Username');
  const passwordKey = field('Password');
  if (usernameKey === undefined || passwordKey === undefined) {
    throw unauthenticated('The UsernameToken needs a Username and a Password.');
  }
  const passwordNode = token[passwordKey];
  const type = asNode(passwordNode)['@_Type'];
  if (typeof type === 'string' && !type.endsWith('#PasswordText')) {
    throw unauthenticated(
      'Only PasswordText UsernameTokens are supported, and only over HTTPS or from this machine (loopback): the password travels as sent. PasswordDigest is not supported.',
    );
  }
  const username = toPlain(token[usernameKey], 'Username');
  const password = toPlain(passwordNode, 'Password');
  if (typeof username !== 'string' || typeof password !== 'string') throw unauthenticated('The UsernameToken is malformed.');
  const optional = (name: string): string | undefined => {
    const key = field(name);
    if (key === undefined) return undefined;
    const value = toPlain(token[key], name);
    if (typeof value !== 'string' || value.trim() === '' || value.length > 200) throw unauthenticated(`The UsernameToken's ${name} is malformed.`);
    return value.trim();
  };
  return { username, password, created: optional('Created'), nonce: optional('Nonce') };
}

/**
 * Reads the SOAP header: the WS-Security UsernameToken if there is one. A header block that
 * must be understood and is not (anything but wsse:Security) is a MustUnderstand fault, as
 * both SOAP versions require.
 */
export function readSecurityHeader(
  header: { node: unknown; scope: NamespaceScope } | undefined,
  version: SoapVersion,
): UsernameToken | undefined {
  if (!header) return undefined;
  let token: UsernameToken | undefined;
  for (const key of elementKeys(header.node)) {
    const value = asNode(header.node)[key];
    for (const block of Array.isArray(value) ? value : [value]) {
      const node = asNode(block);
      const scope = scopeOf(node, header.scope);
      if (namespaceOf(key, scope) === wsseNamespace && localName(key) === 'Security') {
        token = readUsernameToken(node) ?? token;
      } else if (mustUnderstand(node, scope, version)) {
        throw new SoapRequestError(`The header block ${localName(key)} is marked mustUnderstand, and this service does not understand it.`, {
          faultCode: 'MustUnderstand',
        });
      }
    }
  }
  return token;
}
