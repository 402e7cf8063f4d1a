import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isHttps } from './request-origin.js';

/** The browser session cookie; its value is the same opaque token a Bearer header carries. */
export const sessionCookieName = 'shop_session';

/**
 * Each shop's cookie is scoped to its paths. A sandbox's has its own name too: the shared
 * shop's cookie (Path=/) also reaches /s/{id}/…, and must not be read there.
 */
export function sessionCookieScope(prefix: string): { name: string; path: string } {
  return prefix === '' ? { name: sessionCookieName, path: '/' } : { name: 'sandbox_session', path: `${prefix}/` };
}

const scopeOf = (c: Context) => sessionCookieScope((c.get('shop') as { prefix: string } | undefined)?.prefix ?? '');

/**
 * A true session cookie: no `Expires`, so the browser drops it when it closes. How long the
 * session itself lasts is the server's call (idle and absolute timeouts, see the auth service):
 * an `Expires` could only repeat the absolute one, and would make it a persistent cookie.
 */
export function setSessionCookie(c: Context, token: string, trustProxy: boolean): void {
  const { name, path } = scopeOf(c);
  setCookie(c, name, token, {
    httpOnly: true, // out of reach of page scripts (XSS cannot read it)
    sameSite: 'Lax', // not sent on cross-site subrequests and POSTs
    path,
    secure: isHttps(c.req.raw, trustProxy),
  });
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  const { name, path } = scopeOf(c);
  deleteCookie(c, name, { path, secure: isHttps(c.req.raw, trustProxy), httpOnly: true, sameSite: 'Lax' });
}

export const readSessionCookie = (c: Context): string | undefined => getCookie(c, scopeOf(c).name);

/**
 * The same cookie as a header line, for responses built outside Hono's context (yoga's);
 * `null` clears it.
 */
export function sessionCookieHeader(token: string | null, secure: boolean, prefix = ''): string {
  const { name, path } = sessionCookieScope(prefix);
  const parts = [`${name}=${token ?? ''}`, `Path=${path}`, 'HttpOnly', 'SameSite=Lax'];
  if (!token) parts.push('Max-Age=0');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
