import { DomainError } from '@vhod/domain';
import { writeAuditEntry } from '@vhod/db';
import { clearLoginFlowCookie, loginFlowCookieName, readCookie, sessionCookie, sessionCookieName } from '../../sessions/cookies';
import { appPath, clientMeta, redirect, type RouteHandler } from '../../server/http-types';
import { authErrorCodeFor, type AuthErrorCode } from '../auth-error-codes';
import type { SignInOutcome } from '../../metrics/api-metrics';
import type { SessionStage } from '../../sessions/session-store';
import { logOperatorRefusal } from '../refusal-log';
import { interactionPath } from '../../oidc-provider/paths';

/**
 * GET /auth/esia/callback — the only place an ESIA identity enters the system. The identity provider checks the answer
 * against the browser's login flow (state; for OpenID Connect also PKCE and nonce), redeems the code, verifies the
 * tokens and reads the person; any failure creates no session and links nothing.
 */
export const esiaCallback: RouteHandler = async (req, res, services) => {
  const { config, identityProvider, loginFlows, sessions, signIn, links, db, logger, metrics } = services;
  const meta = clientMeta(req);
  const secure = { secure: config.secureCookies };
  const currentUrl = new URL(req.url ?? '/', config.publicOrigin);
  const flow = await loginFlows.consume(readCookie(req.headers.cookie, loginFlowCookieName));

  const fail = async (app: 'family' | 'staff', code: AuthErrorCode, details: Record<string, unknown> = {}) => {
    await writeAuditEntry(db, { action: 'sign-in.failed', actorKind: 'anonymous', clientIp: meta.clientIp, details: { code, ...details } });
    redirect(res, `${appPath(app, 'auth-error')}?code=${code}`, [clearLoginFlowCookie(secure)]);
  };

  if (flow === 'missing' || flow === 'expired') return fail('family', flow === 'missing' ? 'login-flow-missing' : 'login-flow-expired');

  const completion = await identityProvider.completeSignIn(currentUrl, flow).catch((error: unknown) => {
    if (flow.purpose !== 'link') metrics.countSignIn('error');
    throw error;
  });
  if ('refusal' in completion) {
    const { reason, error, esiaCode, detail } = completion.refusal;
    logOperatorRefusal(logger, 'callback', completion.refusal);
    if (flow.purpose !== 'link') metrics.countSignIn(reason === 'unconfirmed-account' ? 'unconfirmed' : 'refused');
    return fail(flow.app, authErrorCodeFor(reason, flow.signInRole), { error, esiaCode, ...(detail ? { reason: detail } : {}) });
  }
  const { person } = completion;

  const sessionToken = readCookie(req.headers.cookie, sessionCookieName);
  if (flow.purpose === 'link') {
    const session = await sessions.load(sessionToken);
    // The link must come back to the very session that asked for it.
    if (!session || session.idHash !== flow.sessionIdHash) return fail(flow.app, 'login-flow-missing');
    try {
      await links.linkFromSettings(session, person, meta);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // What did not match goes along, so the settings page can say it (codes only, no personal data).
      const mismatches = Array.isArray(error.details?.mismatches)
        ? `&mismatches=${encodeURIComponent(error.details.mismatches.join(','))}`
        : '';
      return redirect(res, `${appPath(flow.app, 'settings')}?error=${error.code}${mismatches}`, [clearLoginFlowCookie(secure)]);
    }
    return redirect(res, `${appPath(flow.app, 'settings')}?linked=1`, [clearLoginFlowCookie(secure)]);
  }

  // Whatever session the browser brought is ended: a sign-in always starts a new one.
  await sessions.destroy(sessionToken);
  const { token, session } = await signIn.afterEsia(person, flow.signInRole, flow.app, meta).catch((error: unknown) => {
    metrics.countSignIn('error');
    throw error;
  });
  metrics.countSignIn(signInOutcomes[session.stage]);
  // A system sent this person: its interaction decides what comes next (back to the system, consent, or the portal's pages).
  const next = flow.clientInteraction ? interactionPath(flow.clientInteraction) : appPath(flow.app);
  redirect(res, next, [clearLoginFlowCookie(secure), sessionCookie(token, secure)]);
};

/** A new session's stage says how the ESIA sign-in ended (consent comes before entering a found account). */
const signInOutcomes: Record<SessionStage, SignInOutcome> = {
  active: 'found',
  consent: 'found',
  'choose-account': 'choose-account',
  unmatched: 'not-found',
};
