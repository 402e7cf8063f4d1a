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

export function setSessionCookie(c: Context, token: string, expiresAt: string, trustProxy: boolean): void {
  const { name, path } = scopeOf(c);
  setCookie(c, name, token, {
    httpOnly: true, // out of reach of page scripts (XSS cannot read it)
    sameSite: 'Lax', // not sent on cross-site subrequests and POSTs
    path,
    secure: isHttps(c.req.raw, trustProxy),
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  const { name, path } = scopeOf(c);
  deleteCookie(c, name, { path, secure: isHttps(c.req.raw, trustProxy), httpOnly: true, sameSite: 'Lax' });
}

export const readSessionCookie = (c: Context): string | undefined => getCookie(c, scopeOf(c).name);

/**
 * The same cookie as a header line, for responses built outside Hono's context (yoga's).
 */
export function sessionCookieHeader(token: string | null, expiresAt: string | null, secure: boolean, prefix = ''): string {
  const { name, path } = sessionCookieScope(prefix);
  const parts = [
    `${name}=${token ?? ''}`,
    `Path=${path}`,
    'HttpOnly',
    'SameSite=Lax',
    token && expiresAt ? `Expires=${new Date(expiresAt).toUTCString()}` : 'Max-Age=0',
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
