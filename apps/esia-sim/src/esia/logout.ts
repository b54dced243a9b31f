import type { IncomingMessage, ServerResponse } from 'node:http';
import { readCookie, serializeCookie } from '../http/cookies';
import { sendHtml, sendRedirect } from '../http/send';
import { renderLoggedOutPage } from '../pages/logout-pages';
import { esiaSessionCookie, type EsiaContext } from './esia-context';

/**
 * GET /idp/ext/Logout?client_id=…&redirect_url=…: ends the browser's ESIA session without asking,
 * as ESIA does, and sends the browser back only to an address the client registered for it.
 */
export function handleLogout(context: EsiaContext, url: URL, req: IncomingMessage, res: ServerResponse): void {
  const token = readCookie(req, esiaSessionCookie);
  if (token !== undefined) context.sessions.delete(token);
  const clearCookie = serializeCookie(esiaSessionCookie, '', { path: '/', maxAge: 0 });
  const client = context.clients.get(url.searchParams.get('client_id') ?? '');
  const redirectUrl = url.searchParams.get('redirect_url') ?? '';
  if (client?.postLogoutRedirectUris.has(redirectUrl)) {
    sendRedirect(res, 302, redirectUrl, clearCookie);
    return;
  }
  res.setHeader('Set-Cookie', clearCookie);
  sendHtml(res, 200, renderLoggedOutPage());
}
