import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeXml } from './xml-text.js';

/** The committed contract, the source of truth: served as-is but for the endpoint address. */
export const wsdlPath = fileURLToPath(new URL('../../../wsdl/shop.wsdl', import.meta.url));

/** The address written in the committed file; replaced by the server's own URL when served. */
export const committedAddress = 'http://localhost:3000/soap';

export interface WsdlDocument {
  text: string;
  /** The WSDL with both ports' soap:address pointing at `origin` + /soap. */
  forOrigin(origin: string): string;
  /** Each operation's wsdl:documentation (portType), in the WSDL's order. */
  operations: { name: string; documentation: string }[];
}

export function loadWsdl(path: string = wsdlPath): WsdlDocument {
  const text = readFileSync(path, 'utf8');
  const addressAttribute = `location="${committedAddress}"`;
  const portType = /<wsdl:portType[\s\S]*?<\/wsdl:portType>/.exec(text)?.[0] ?? '';
  const operations = [...portType.matchAll(/<wsdl:operation name="(\w+)">\s*<wsdl:documentation>([\s\S]*?)<\/wsdl:documentation>/g)].map(
    ([, name = '', documentation = '']) => ({ name, documentation }),
  );
  return {
    text,
    forOrigin: (origin) => text.replaceAll(addressAttribute, `location="${escapeXml(`${origin}/soap`)}"`),
    operations,
  };
}
