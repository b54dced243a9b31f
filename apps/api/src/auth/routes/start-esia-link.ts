import { readCookie, sessionCookieName } from '../../sessions/cookies';
import { appPath, redirect, type RouteHandler } from '../../server/http-types';
import { redirectToEsia } from '../redirect-to-esia';

/**
 * GET /auth/esia/link — «Привязать учётную запись портала Госуслуг» from personal settings:
 * a trip to ESIA on behalf of the signed-in session, which the callback must find unchanged.
 */
export const startEsiaLink: RouteHandler = async (req, res, services) => {
  const session = await services.sessions.load(readCookie(req.headers.cookie, sessionCookieName));
  if (session?.stage !== 'active') return redirect(res, `${appPath('family', 'auth-error')}?code=invalid-request`);
  await redirectToEsia(req, res, services, { role: session.signInRole, app: session.app, link: { sessionIdHash: session.idHash } });
};
