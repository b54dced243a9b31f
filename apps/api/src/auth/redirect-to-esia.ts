import type { ServerResponse } from 'node:http';
import type { SignInRole } from '@vhod/domain';
import * as oidc from 'openid-client';
import { loginFlowCookie } from '../sessions/cookies';
import type { AppKind } from '../sessions/session-store';
import { appPath, redirect, type ApiServices } from '../server/http-types';

/** Starts an authorization-code + PKCE flow at ESIA, bound to this browser by a one-time cookie. */
export async function redirectToEsia(
  res: ServerResponse,
  { config, esia, loginFlows, clock }: ApiServices,
  flowFor: { role: SignInRole; app: AppKind; link?: { sessionIdHash: string } },
): Promise<void> {
  let configuration: oidc.Configuration;
  try {
    configuration = await esia.configuration();
  } catch {
    return redirect(res, `${appPath(flowFor.app, 'auth-error')}?code=provider-unavailable`);
  }
  const { token, flow } = await loginFlows.start(flowFor.role, flowFor.app, flowFor.link);
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: esia.redirectUri,
    scope: esia.scopes.join(' '),
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
    code_challenge_method: 'S256',
  });
  const maxAge = Math.floor((flow.expiresAt.getTime() - clock.now().getTime()) / 1000);
  redirect(res, authorizationUrl.href, [loginFlowCookie(token, maxAge, { secure: config.secureCookies })]);
}
