import { writeAuditEntry } from '@vhod/db';
import * as oidc from 'openid-client';
import { clearLoginFlowCookie, loginFlowCookieName, readCookie, sessionCookie, sessionCookieName } from '../../sessions/cookies';
import { appPath, clientMeta, redirect, type RouteHandler } from '../../server/http-types';
import { esiaPersonFromClaims } from '../esia-profile';

type AuthErrorCode = 'login-flow-missing' | 'login-flow-expired' | 'esia-refused' | 'esia-error' | 'invalid-response' | 'provider-unavailable';

/**
 * GET /auth/esia/callback — the only place an ESIA identity enters the system. openid-client
 * checks state, iss (RFC 9207), PKCE, the ID token (signature, iss, aud, exp, iat, nonce) and
 * that userinfo's sub is the ID token's; any failure creates no session.
 */
export const esiaCallback: RouteHandler = async (req, res, services) => {
  const { config, esia, loginFlows, sessions, signIn, db } = services;
  const meta = clientMeta(req);
  const secure = { secure: config.secureCookies };
  const currentUrl = new URL(req.url ?? '/', config.publicOrigin);
  const flow = await loginFlows.consume(readCookie(req.headers.cookie, loginFlowCookieName));

  const fail = async (app: 'family' | 'staff', code: AuthErrorCode, details: Record<string, unknown> = {}) => {
    await writeAuditEntry(db, { action: 'sign-in.failed', actorKind: 'anonymous', clientIp: meta.clientIp, details: { code, ...details } });
    redirect(res, `${appPath(app, 'auth-error')}?code=${code}`, [clearLoginFlowCookie(secure)]);
  };

  if (flow === 'missing' || flow === 'expired') return fail('family', flow === 'missing' ? 'login-flow-missing' : 'login-flow-expired');

  let person;
  try {
    const configuration = await esia.configuration();
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const subject = tokens.claims()!.sub;
    const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, subject);
    person = esiaPersonFromClaims(userInfo);
  } catch (error) {
    if (error instanceof oidc.AuthorizationResponseError) {
      // ESIA puts its own code (ESIA-007004 …) at the start of error_description.
      const esiaCode = /^ESIA-\d+/.exec(error.error_description ?? '')?.[0] ?? null;
      return fail(flow.app, error.error === 'access_denied' ? 'esia-refused' : 'esia-error', { error: error.error, esiaCode });
    }
    return fail(flow.app, 'invalid-response', { reason: error instanceof Error ? error.name : 'unknown' });
  }

  // Whatever session the browser brought is ended: a sign-in always starts a new one.
  await sessions.destroy(readCookie(req.headers.cookie, sessionCookieName));
  const { token } = await signIn.afterEsia(person, flow.signInRole, flow.app, meta);
  redirect(res, appPath(flow.app), [clearLoginFlowCookie(secure), sessionCookie(token, secure)]);
};
