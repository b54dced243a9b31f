import { clearSessionCookie, readCookie, sessionCookieName } from '../../sessions/cookies';
import { appPath, clientMeta, redirect, type RouteHandler } from '../../server/http-types';
import { auditSignOut } from '../sign-out-audit';

/**
 * POST /auth/logout — ends our session on the server (and in every system it signed into), then ESIA's too: otherwise the next
 * «Войти через Госуслуги» would silently sign the same citizen in again on a shared computer.
 */
export const signOut: RouteHandler = async (req, res, { config, sessions, db, identityProvider, oidc }) => {
  const token = readCookie(req.headers.cookie, sessionCookieName);
  const session = await sessions.load(token);
  if (session) await auditSignOut(db, session, clientMeta(req).clientIp);
  await sessions.destroy(token);
  // The systems this session signed into are owed a logout token: post it now rather than at the next poll.
  oidc.backChannelLogouts.kick();

  const requestedApp = new URL(req.url ?? '/', config.publicOrigin).searchParams.get('app');
  const returnTo = `${config.publicOrigin}${appPath(session?.app ?? (requestedApp === 'staff' ? 'staff' : 'family'))}`;
  const cookies = [clearSessionCookie({ secure: config.secureCookies })];
  // Without a logout address (an OpenID Connect provider that cannot be reached) our session is gone anyway, which is
  // what matters for this system.
  const logoutUrl = await identityProvider.logoutUrl(returnTo);
  redirect(res, logoutUrl?.href ?? returnTo, cookies);
};
