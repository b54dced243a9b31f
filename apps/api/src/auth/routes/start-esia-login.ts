import { signInRoles, type SignInRole } from '@vhod/domain';
import * as oidc from 'openid-client';
import { z } from 'zod';
import { loginFlowCookie } from '../../sessions/cookies';
import { appPath, redirect, type RouteHandler } from '../../server/http-types';

const querySchema = z.object({
  role: z.enum(signInRoles),
  app: z.enum(['family', 'staff']).default('family'),
});

/** GET /auth/esia/login?role=parent&app=family — starts the authorization-code + PKCE flow. */
export const startEsiaLogin: RouteHandler = async (req, res, { config, esia, loginFlows }) => {
  const url = new URL(req.url ?? '/', config.publicOrigin);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return redirect(res, `${appPath('family', 'auth-error')}?code=invalid-request`);
  const { role, app } = query.data;
  if ((app === 'staff') !== (role === 'staff')) return redirect(res, `${appPath(app, 'auth-error')}?code=invalid-request`);

  let configuration: oidc.Configuration;
  try {
    configuration = await esia.configuration();
  } catch {
    return redirect(res, `${appPath(app, 'auth-error')}?code=provider-unavailable`);
  }
  const { token, flow } = await loginFlows.start(role satisfies SignInRole, app);
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: esia.redirectUri,
    scope: esia.scopes.join(' '),
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
    code_challenge_method: 'S256',
  });
  const maxAge = Math.floor((flow.expiresAt.getTime() - Date.now()) / 1000);
  redirect(res, authorizationUrl.href, [loginFlowCookie(token, maxAge, { secure: config.secureCookies })]);
};
