import { WSSecurity } from 'soap';
import { createClientAsync, type ShopClient } from './generated/shop/client.js';
import { fileURLToPath } from 'node:url';

/**
 * The typed level: node-soap reads the WSDL, and wsdl-tsclient's generated types say what each
 * operation takes and returns. Import `generated/shop/client.js`, not the generated index.
 */
export type { ShopClient };

export interface SoapClientOptions {
  /** SOAP 1.2 (application/soap+xml) instead of SOAP 1.1 (text/xml). */
  soap12?: boolean;
}

/** A client for the shop at `baseUrl` (e.g. http://localhost:3000), built from its served WSDL. */
export function createShopSoapClient(baseUrl: string, options: SoapClientOptions = {}): Promise<ShopClient> {
  // disableCache: node-soap caches WSDLs by URL, and a SOAP 1.2 client would otherwise switch a 1.1 one too.
  return createClientAsync(`${baseUrl}/soap?wsdl`, { disableCache: true, forceSoap12Headers: options.soap12 ?? false });
}

/** Every later call carries a WS-Security UsernameToken (PasswordText): no session needed. */
export function useUsernameToken(client: ShopClient, email: string, password: string): void {
  client.setSecurity(new WSSecurity(email, password, { passwordType: 'PasswordText', hasTimeStamp: false, hasTokenCreated: false }));
}

/** Logs in once and sends the session token as `Authorization: Bearer` on every later call. */
export async function logIn(client: ShopClient, email: string, password: string): Promise<string> {
  const [result] = await client.LoginAsync({ email, password });
  if (!result.token) throw new Error('Login answered without a token.');
  client.addHttpHeader('Authorization', `Bearer ${result.token}`);
  return result.token;
}

/** The ShopFault detail of a failed call (node-soap puts the parsed fault on `error.root`). */
export function shopFaultOf(error: unknown): { code: string; message: string; fields: { path: string; message: string }[] } | undefined {
  const fault = (error as { root?: { Envelope?: { Body?: { Fault?: Record<string, unknown> } } } }).root?.Envelope?.Body?.Fault;
  const detail = (fault?.detail ?? fault?.Detail) as { ShopFault?: { code: string; message: string; fields?: unknown } } | undefined;
  const shopFault = detail?.ShopFault;
  if (!shopFault) return undefined;
  const fields = shopFault.fields === undefined ? [] : [shopFault.fields].flat() as { path: string; message: string }[];
  return { code: shopFault.code, message: shopFault.message, fields };
}

async function main(baseUrl: string): Promise<void> {
  const client = await createShopSoapClient(baseUrl);
  const [page] = await client.ListProductsAsync({ inStock: true, sort: '-priceCents', limit: 3 });
  console.log(`${page.total} products in stock; the 3 dearest:`);
  for (const product of page.items ?? []) console.log(`  ${product.name}: ${(product.priceCents ?? 0) / 100} ${product.currency}`);
  await logIn(client, 'ada@example.com', 'shop-demo-2026');
  const [me] = await client.GetMeAsync({});
  console.log(`Signed in as ${me.customer?.name}.`);
  try {
    await client.GetProductAsync({ id: 999_999 });
  } catch (error) {
    console.log('A fault, as typed detail:', shopFaultOf(error));
  }
}

// node --import tsx clients/soap/shop-soap-client.ts [http://localhost:3000]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main(process.argv[2] ?? 'http://localhost:3000');
}
