import type { Context } from 'hono';
import type { Page } from '../../domain/entities.js';

/** The same list URL with another offset, relative to this server (RFC 8288 allows references). */
function pageLink(c: Context, offset: number, limit: number, rel: string): string {
  const url = new URL(c.req.url);
  url.searchParams.set('offset', String(offset));
  url.searchParams.set('limit', String(limit));
  return `<${url.pathname}${url.search}>; rel="${rel}"`;
}

/** `Link` (first/prev/next/last) and `X-Total-Count`, so a client can page without reading the body. */
export function setListHeaders(c: Context, page: Page<unknown>): void {
  const { total, limit, offset } = page;
  c.header('X-Total-Count', String(total));
  if (limit <= 0) return;
  const links = [pageLink(c, 0, limit, 'first')];
  if (offset > 0) links.push(pageLink(c, Math.max(0, offset - limit), limit, 'prev'));
  if (offset + limit < total) links.push(pageLink(c, offset + limit, limit, 'next'));
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  links.push(pageLink(c, lastOffset, limit, 'last'));
  c.header('Link', links.join(', '));
}
