import type { Context } from 'hono';
import type { Page } from '../../domain/entities.js';

/**
 * The same list URL with another offset, relative to this server (RFC 8288 allows references).
 * The URL is parsed once per response and its query edited apart from it (editing
 * `url.searchParams` re-serialises the whole URL on every change).
 */
function pageLinks(c: Context): (offset: number, limit: number, rel: string) => string {
  const url = new URL(c.req.url);
  const params = new URLSearchParams(url.search);
  return (offset, limit, rel) => {
    params.set('offset', String(offset));
    params.set('limit', String(limit));
    return `<${url.pathname}?${params.toString()}>; rel="${rel}"`;
  };
}

/** `Link` (first/prev/next/last) and `X-Total-Count`, so a client can page without reading the body. */
export function setListHeaders(c: Context, page: Page<unknown>): void {
  const { total, limit, offset } = page;
  c.header('X-Total-Count', String(total));
  if (limit <= 0) return;
  const pageLink = pageLinks(c);
  const links = [pageLink(0, limit, 'first')];
  if (offset > 0) links.push(pageLink(Math.max(0, offset - limit), limit, 'prev'));
  if (offset + limit < total) links.push(pageLink(offset + limit, limit, 'next'));
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  links.push(pageLink(lastOffset, limit, 'last'));
  c.header('Link', links.join(', '));
}
