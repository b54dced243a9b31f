import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SignInRole } from '@vhod/domain';
import * as oidc from 'openid-client';
import { loginFlowCookie } from '../sessions/cookies';
import type { AppKind } from '../sessions/session-store';
import { translatorFor } from '../graphql/yoga';
import { appPath, clientMeta, redirect, type ApiServices } from '../server/http-types';

/** Starts an authorization-code + PKCE flow at ESIA, bound to this browser by a one-time cookie. */
export async function redirectToEsia(
  req: IncomingMessage,
  res: ServerResponse,
  { config, esia, loginFlows }: ApiServices,
  flowFor: { role: SignInRole; app: AppKind; link?: { sessionIdHash: string } },
): Promise<void> {
  // The limits come first: a refused start costs one count, and nothing is asked of ESIA.
  const started = await loginFlows.start(flowFor.role, flowFor.app, clientMeta(req).clientIp, flowFor.link);
  if ('refused' in started) {
    res.statusCode = 429;
    res.setHeader('Retry-After', String(started.retryAfterSeconds));
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    const { t } = translatorFor(req.headers['accept-language'] ?? null);
    return void res.end(t('requestRefused.tooManySignIns', { minutes: Math.ceil(started.retryAfterSeconds / 60) }));
  }
  const { token, flow } = started;
  let configuration: oidc.Configuration;
  try {
    configuration = await esia.configuration();
  } catch {
    return redirect(res, `${appPath(flowFor.app, 'auth-error')}?code=provider-unavailable`);
  }
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: esia.redirectUri,
    scope: esia.scopes.join(' '),
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
    code_challenge_method: 'S256',
  });
  const maxAge = Math.floor(config.sessions.loginFlowTimeoutMs / 1000);
  redirect(res, authorizationUrl.href, [loginFlowCookie(token, maxAge, { secure: config.secureCookies })]);
}
