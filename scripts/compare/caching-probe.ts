import type { CountingProxy, Exchange } from './counting-proxy.js';
import type { Protocol } from './scenarios.js';

/** What a client holding the first answer could do on the second ask of the same read. */
export interface CachingProbe {
  id: string;
  protocol: Protocol;
  label: string;
  request: string;
  first: { status: number; responseBytes: number; etag?: string; lastModified?: string; cacheControl?: string };
  /** The same read again, sending `If-None-Match` with the first answer's ETag when it had one. */
  repeat: { status: number; responseBytes: number; sentValidator: boolean };
}

const ns = 'http://api-playground.example/shop/v1';
const productQuery = 'query ProductCard($id: ID!) { product(id: $id) { id name priceCents category { name } } }';

interface Ask {
  id: string;
  protocol: Protocol;
  label: string;
  path: string;
  init: RequestInit;
}

const asks = (productId: number): Ask[] => [
  { id: 'rest', protocol: 'rest', label: 'REST: GET a product', path: `/rest/products/${productId}`, init: {} },
  {
    id: 'graphql-post',
    protocol: 'graphql',
    label: 'GraphQL: the product query over POST',
    path: '/graphql',
    init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: productQuery, variables: { id: String(productId) } }) },
  },
  {
    id: 'graphql-get',
    protocol: 'graphql',
    label: 'GraphQL: the same query over GET',
    path: `/graphql?query=${encodeURIComponent(productQuery)}&variables=${encodeURIComponent(JSON.stringify({ id: String(productId) }))}`,
    init: { headers: { accept: 'application/graphql-response+json, application/json' } },
  },
  {
    id: 'soap',
    protocol: 'soap',
    label: 'SOAP: GetProduct',
    path: '/soap',
    init: {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${ns}/GetProduct"` },
      body: `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetProduct xmlns="${ns}"><id>${productId}</id></GetProduct></soap:Body></soap:Envelope>`,
    },
  },
];

async function exchangeOf(proxy: CountingProxy, path: string, init: RequestInit): Promise<Exchange> {
  proxy.take();
  await (await fetch(`${proxy.url}${path}`, init)).arrayBuffer();
  const [exchange] = proxy.take();
  if (!exchange) throw new Error(`Caching probe: no exchange recorded for ${path}.`);
  return exchange;
}

const bytesOf = (e: Exchange) => e.responseHeadBytes + e.responseBodyBytes;

/** Each protocol's read twice, as a client with a cache would: measured, not assumed. */
export async function probeCaching(proxy: CountingProxy, productId: number, prefix = ''): Promise<CachingProbe[]> {
  const probes: CachingProbe[] = [];
  for (const ask of asks(productId)) {
    const first = await exchangeOf(proxy, `${prefix}${ask.path}`, ask.init);
    const etag = first.responseHeaders.get('etag');
    const lastModified = first.responseHeaders.get('last-modified');
    const cacheControl = first.responseHeaders.get('cache-control');
    const headers = { ...(ask.init.headers as Record<string, string> | undefined), ...(etag ? { 'if-none-match': etag } : {}) };
    const repeat = await exchangeOf(proxy, `${prefix}${ask.path}`, { ...ask.init, headers });
    probes.push({
      id: ask.id,
      protocol: ask.protocol,
      label: ask.label,
      request: `${first.method} ${ask.path.split('?')[0]}${ask.path.includes('?') ? '?query=…' : ''}`,
      first: { status: first.status, responseBytes: bytesOf(first), ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}), ...(cacheControl ? { cacheControl } : {}) },
      repeat: { status: repeat.status, responseBytes: bytesOf(repeat), sentValidator: etag !== undefined },
    });
  }
  return probes;
}
