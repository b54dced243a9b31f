import { parseCookie, stringifySetCookie } from 'cookie';

export const sessionCookieName = 'vhod_session';
export const loginFlowCookieName = 'vhod_login';
const loginFlowCookiePath = '/auth/esia';

export function readCookie(cookieHeader: string | null | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[name];
}

interface CookieOptions {
  secure: boolean;
}

export function sessionCookie(token: string, options: CookieOptions): string {
  // No Max-Age: the server enforces idle and absolute timeouts; the cookie dies with the browser.
  return stringifySetCookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
  });
}

export function clearSessionCookie(options: CookieOptions): string {
  return stringifySetCookie(sessionCookieName, '', { httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/', maxAge: 0 });
}

export function loginFlowCookie(token: string, maxAgeSeconds: number, options: CookieOptions): string {
  // Lax still sends it on the top-level redirect back from ESIA, which is exactly when it is needed.
  return stringifySetCookie(loginFlowCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: loginFlowCookiePath,
    maxAge: maxAgeSeconds,
  });
}

export function clearLoginFlowCookie(options: CookieOptions): string {
  return stringifySetCookie(loginFlowCookieName, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: loginFlowCookiePath,
    maxAge: 0,
  });
}
