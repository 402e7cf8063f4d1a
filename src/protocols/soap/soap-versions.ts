/** The two SOAP versions this endpoint speaks, and the names each gives the same things. */

/** The shop's XML namespace: the WSDL's targetNamespace, and the namespace of every body element. */
export const shopNamespace = 'http://api-playground.example/shop/v1';

/** Each operation's SOAPAction (1.1 header, 1.2 `action` parameter), as the WSDL declares it. */
export const soapActionOf = (operation: string): string => `${shopNamespace}/${operation}`;

export const wsseNamespace = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';

export interface SoapVersion {
  name: '1.1' | '1.2';
  envelopeNamespace: string;
  /** The media type of requests and responses. */
  mediaType: string;
  contentType: string;
  /** Fault code local names: the caller's fault, and ours. */
  clientCode: 'Client' | 'Sender';
  serverCode: 'Server' | 'Receiver';
}

export const soap11: SoapVersion = {
  name: '1.1',
  envelopeNamespace: 'http://schemas.xmlsoap.org/soap/envelope/',
  mediaType: 'text/xml',
  contentType: 'text/xml; charset=utf-8',
  clientCode: 'Client',
  serverCode: 'Server',
};

export const soap12: SoapVersion = {
  name: '1.2',
  envelopeNamespace: 'http://www.w3.org/2003/05/soap-envelope',
  mediaType: 'application/soap+xml',
  contentType: 'application/soap+xml; charset=utf-8',
  clientCode: 'Sender',
  serverCode: 'Receiver',
};

export const versionByEnvelopeNamespace = new Map([soap11, soap12].map((v) => [v.envelopeNamespace, v]));

export interface RequestKind {
  version: SoapVersion;
  /** The action the request names (1.1: SOAPAction header; 1.2: `action` parameter), if any. */
  action: string | undefined;
}

const unquote = (value: string): string => value.trim().replace(/^"(.*)"$/, '$1');

/**
 * The SOAP version a request speaks, from its Content-Type; undefined for anything else
 * (answered 415). SOAP 1.1 names its action in a header, SOAP 1.2 in the media type.
 */
export function requestKind(contentType: string | undefined, soapActionHeader: string | undefined): RequestKind | undefined {
  const [type = '', ...params] = (contentType ?? '').split(';');
  const mediaType = type.trim().toLowerCase();
  if (mediaType === soap11.mediaType) {
    const action = soapActionHeader === undefined ? undefined : unquote(soapActionHeader);
    return { version: soap11, action: action || undefined };
  }
  if (mediaType === soap12.mediaType) {
    const actionParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('action='));
    const action = actionParam === undefined ? undefined : unquote(actionParam.slice('action='.length));
    return { version: soap12, action: action || undefined };
  }
  return undefined;
}
