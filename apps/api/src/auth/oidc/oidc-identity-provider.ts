import * as oidc from 'openid-client';
import type { OidcProtocolConfig } from '../../esia-config';
import type { IdentityProvider, SignInCompletion } from '../identity-provider';
import { refusalFromProviderError } from '../provider-refusal';
import { EsiaProfileError, esiaPersonFromClaims } from './oidc-claims';

/**
 * Sign-in through a standard OpenID Connect provider (a broker such as Keycloak in front of ESIA, or the development
 * ESIA's OIDC mode): openid-client with discovery, ClientSecretBasic, PKCE, state and nonce, then userinfo.
 * Discovery is lazy and cached so the API starts even while the provider is down; a failed one is retried next time.
 */
export function oidcIdentityProvider(config: OidcProtocolConfig): IdentityProvider {
  let pending: Promise<oidc.Configuration> | undefined;
  const configuration = () => {
    pending ??= oidc
      .discovery(
        new URL(config.issuer),
        config.clientId,
        undefined,
        oidc.ClientSecretBasic(config.clientSecret),
        config.allowInsecureRequests ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
  const unavailable = { refusal: { reason: 'unavailable', esiaCode: null, error: null, detail: 'discovery' } } as const;

  return {
    protocol: 'oidc',
    origin: new URL(config.issuer).origin,
    newFlowSecrets: () => ({ state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() }),

    async authorizationUrl(flow) {
      if (flow.nonce === null || flow.codeVerifier === null)
        throw new Error('An OpenID Connect login flow needs a nonce and a PKCE verifier');
      let provider: oidc.Configuration;
      try {
        provider = await configuration();
      } catch {
        return unavailable;
      }
      const url = oidc.buildAuthorizationUrl(provider, {
        redirect_uri: config.redirectUri,
        scope: config.scopes.join(' '),
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url };
    },

    /** openid-client checks state, iss (RFC 9207), PKCE, the ID token (signature, iss, aud, exp, iat, nonce) and userinfo's sub. */
    async completeSignIn(callbackUrl, flow): Promise<SignInCompletion> {
      let provider: oidc.Configuration;
      try {
        provider = await configuration();
      } catch {
        return unavailable;
      }
      try {
        const tokens = await oidc.authorizationCodeGrant(provider, callbackUrl, {
          pkceCodeVerifier: flow.codeVerifier ?? undefined,
          expectedState: flow.state,
          expectedNonce: flow.nonce ?? undefined,
          idTokenExpected: true,
        });
        const subject = tokens.claims()!.sub;
        return { person: esiaPersonFromClaims(await oidc.fetchUserInfo(provider, tokens.access_token, subject)) };
      } catch (error) {
        if (error instanceof oidc.AuthorizationResponseError) {
          return { refusal: refusalFromProviderError(error.error, error.error_description ?? null) };
        }
        const detail = error instanceof EsiaProfileError ? 'person-data' : error instanceof Error ? error.name : 'unknown';
        return { refusal: { reason: 'invalid-response', esiaCode: null, error: null, detail } };
      }
    },

    async logoutUrl(returnTo) {
      try {
        return oidc.buildEndSessionUrl(await configuration(), { post_logout_redirect_uri: returnTo });
      } catch {
        return null;
      }
    },
  };
}
