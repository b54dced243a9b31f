import { writeAuditEntry } from '@vhod/db';
import * as oidc from 'openid-client';
import { clearSessionCookie, readCookie, sessionCookieName } from '../../sessions/cookies';
import { appPath, clientMeta, redirect, type RouteHandler } from '../../server/http-types';

/**
 * POST /auth/logout — ends our session on the server, then ESIA's too: otherwise the next
 * «Войти через Госуслуги» would silently sign the same citizen in again on a shared computer.
 */
export const signOut: RouteHandler = async (req, res, { config, sessions, db, esia }) => {
  const token = readCookie(req.headers.cookie, sessionCookieName);
  const session = await sessions.load(token);
  if (session) {
    await writeAuditEntry(db, {
      action: 'sign-out',
      actorKind: 'esia-user',
      esiaSubject: session.esiaSubject,
      actorPersonId: session.personId,
      actorAccountId: session.accountId,
      clientIp: clientMeta(req).clientIp,
      details: {},
    });
  }
  await sessions.destroy(token);

  const requestedApp = new URL(req.url ?? '/', config.publicOrigin).searchParams.get('app');
  const returnTo = `${config.publicOrigin}${appPath(session?.app ?? (requestedApp === 'staff' ? 'staff' : 'family'))}`;
  const cookies = [clearSessionCookie({ secure: config.secureCookies })];
  try {
    const configuration = await esia.configuration();
    redirect(res, oidc.buildEndSessionUrl(configuration, { post_logout_redirect_uri: returnTo }).href, cookies);
  } catch {
    // ESIA unreachable: our session is gone anyway, which is what matters for this system.
    redirect(res, returnTo, cookies);
  }
};
