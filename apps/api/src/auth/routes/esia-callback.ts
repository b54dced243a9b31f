import { DomainError, type EsiaPerson } from '@vhod/domain';
import { writeAuditEntry } from '@vhod/db';
import * as oidc from 'openid-client';
import { clearLoginFlowCookie, loginFlowCookieName, readCookie, sessionCookie, sessionCookieName } from '../../sessions/cookies';
import { appPath, clientMeta, redirect, type RouteHandler } from '../../server/http-types';
import { esiaPersonFromClaims } from '../esia-profile';
import type { LoginFlow } from '../login-flows';

type AuthErrorCode =
  | 'login-flow-missing'
  | 'login-flow-expired'
  | 'esia-refused'
  | 'minor-consent-required'
  | 'esia-error'
  | 'invalid-response'
  | 'provider-unavailable';

/**
 * GET /auth/esia/callback — the only place an ESIA identity enters the system. openid-client
 * checks state, iss (RFC 9207), PKCE, the ID token (signature, iss, aud, exp, iat, nonce) and
 * that userinfo's sub is the ID token's; any failure creates no session and links nothing.
 */
export const esiaCallback: RouteHandler = async (req, res, services) => {
  const { config, esia, loginFlows, sessions, signIn, links, db } = services;
  const meta = clientMeta(req);
  const secure = { secure: config.secureCookies };
  const currentUrl = new URL(req.url ?? '/', config.publicOrigin);
  const flow = await loginFlows.consume(readCookie(req.headers.cookie, loginFlowCookieName));

  const fail = async (app: 'family' | 'staff', code: AuthErrorCode, details: Record<string, unknown> = {}) => {
    await writeAuditEntry(db, { action: 'sign-in.failed', actorKind: 'anonymous', clientIp: meta.clientIp, details: { code, ...details } });
    redirect(res, `${appPath(app, 'auth-error')}?code=${code}`, [clearLoginFlowCookie(secure)]);
  };

  if (flow === 'missing' || flow === 'expired') return fail('family', flow === 'missing' ? 'login-flow-missing' : 'login-flow-expired');

  let person: EsiaPerson;
  try {
    person = await exchangeCode(flow, currentUrl, await esia.configuration());
  } catch (error) {
    if (error instanceof oidc.AuthorizationResponseError) {
      // ESIA puts its own code (ESIA-007004 …) at the start of error_description.
      const esiaCode = /^ESIA-\d+/.exec(error.error_description ?? '')?.[0] ?? null;
      return fail(flow.app, refusalCode(error.error, flow), { error: error.error, esiaCode });
    }
    return fail(flow.app, 'invalid-response', { reason: error instanceof Error ? error.name : 'unknown' });
  }

  const sessionToken = readCookie(req.headers.cookie, sessionCookieName);
  if (flow.purpose === 'link') {
    const session = await sessions.load(sessionToken);
    // The link must come back to the very session that asked for it.
    if (!session || session.idHash !== flow.sessionIdHash) return fail(flow.app, 'login-flow-missing');
    try {
      await links.linkFromSettings(session, person, meta);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return redirect(res, `${appPath(flow.app, 'settings')}?error=${error.code}`, [clearLoginFlowCookie(secure)]);
    }
    return redirect(res, `${appPath(flow.app, 'settings')}?linked=1`, [clearLoginFlowCookie(secure)]);
  }

  // Whatever session the browser brought is ended: a sign-in always starts a new one.
  await sessions.destroy(sessionToken);
  const { token } = await signIn.afterEsia(person, flow.signInRole, flow.app, meta);
  redirect(res, appPath(flow.app), [clearLoginFlowCookie(secure), sessionCookie(token, secure)]);
};

async function exchangeCode(flow: LoginFlow, currentUrl: URL, configuration: oidc.Configuration): Promise<EsiaPerson> {
  const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const subject = tokens.claims()!.sub;
  return esiaPersonFromClaims(await oidc.fetchUserInfo(configuration, tokens.access_token, subject));
}

/**
 * ESIA answers a minor's first sign-in without a parent's consent with the same refusal as a
 * declined consent screen; for a student the likely reason is the former, so the page explains it.
 */
function refusalCode(error: string, flow: LoginFlow): AuthErrorCode {
  if (error !== 'access_denied') return 'esia-error';
  return flow.signInRole === 'student' ? 'minor-consent-required' : 'esia-refused';
}
