/** Facts about where a request came from, honouring proxy headers only when told to. */

export function isHttps(request: Request, trustProxy: boolean): boolean {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-proto');
    if (forwarded) return forwarded.split(',')[0]?.trim() === 'https';
  }
  return new URL(request.url).protocol === 'https:';
}

/** This server's own origin as the client sees it (scheme://host[:port]). */
export function ownOrigin(request: Request, trustProxy: boolean): string {
  const url = new URL(request.url);
  const host = (trustProxy && request.headers.get('x-forwarded-host')) || request.headers.get('host') || url.host;
  return `${isHttps(request, trustProxy) ? 'https' : 'http'}://${host}`;
}
