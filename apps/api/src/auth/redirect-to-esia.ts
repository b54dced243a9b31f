import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SignInRole } from '@vhod/domain';
import { loginFlowCookie } from '../sessions/cookies';
import { authErrorCodeFor } from './auth-error-codes';
import { logOperatorRefusal } from './refusal-log';
import type { AppKind } from '../sessions/session-store';
import { translatorFor } from '../graphql/yoga';
import { appPath, clientMeta, redirect, type ApiServices } from '../server/http-types';

/** Starts a sign-in at ESIA (through the identity provider's protocol), bound to this browser by a one-time cookie. */
export async function redirectToEsia(
  req: IncomingMessage,
  res: ServerResponse,
  { config, identityProvider, loginFlows, logger }: ApiServices,
  flowFor: { role: SignInRole; app: AppKind; link?: { sessionIdHash: string }; clientInteraction?: string },
): Promise<void> {
  // The limits come first: a refused start costs one count, and nothing is asked of ESIA.
  const { role, app, ...context } = flowFor;
  const started = await loginFlows.start(role, app, clientMeta(req).clientIp, context);
  if ('refused' in started) {
    res.statusCode = 429;
    res.setHeader('Retry-After', String(started.retryAfterSeconds));
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    const { t } = translatorFor(req.headers['accept-language'] ?? null);
    return void res.end(t('requestRefused.tooManySignIns', { minutes: Math.ceil(started.retryAfterSeconds / 60) }));
  }
  const { token, flow } = started;
  const authorization = await identityProvider.authorizationUrl(flow);
  if ('refusal' in authorization) {
    logOperatorRefusal(logger, 'start', authorization.refusal);
    const code = authErrorCodeFor(authorization.refusal.reason, flowFor.role);
    return redirect(res, `${appPath(flowFor.app, 'auth-error')}?code=${code}`);
  }
  const maxAge = Math.floor(config.sessions.loginFlowTimeoutMs / 1000);
  redirect(res, authorization.url.href, [loginFlowCookie(token, maxAge, { secure: config.secureCookies })]);
}
