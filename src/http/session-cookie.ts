import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isHttps } from './request-origin.js';

/** The browser session cookie; its value is the same opaque token a Bearer header carries. */
export const sessionCookieName = 'shop_session';

export function setSessionCookie(c: Context, token: string, expiresAt: string, trustProxy: boolean): void {
  setCookie(c, sessionCookieName, token, {
    httpOnly: true, // out of reach of page scripts (XSS cannot read it)
    sameSite: 'Lax', // not sent on cross-site subrequests and POSTs
    path: '/',
    secure: isHttps(c.req.raw, trustProxy),
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  deleteCookie(c, sessionCookieName, { path: '/', secure: isHttps(c.req.raw, trustProxy), httpOnly: true, sameSite: 'Lax' });
}

export const readSessionCookie = (c: Context): string | undefined => getCookie(c, sessionCookieName);

/**
 * The same cookie as a header line, for responses built outside Hono's context (yoga's).
 */
export function sessionCookieHeader(token: string | null, expiresAt: string | null, secure: boolean): string {
  const parts = [
    `${sessionCookieName}=${token ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    token && expiresAt ? `Expires=${new Date(expiresAt).toUTCString()}` : 'Max-Age=0',
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
