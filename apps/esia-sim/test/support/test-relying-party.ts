import * as client from 'openid-client';
import type { EsiaSimClient, RunningEsiaSim } from '../../src/index';

export const testClient: EsiaSimClient = {
  clientId: 'vhod-test',
  clientSecret: 'vhod-test-secret',
  redirectUris: ['http://127.0.0.1:3999/auth/esia/callback'],
  postLogoutRedirectUris: ['http://127.0.0.1:3999/'],
};

/** A second information system: a parent's consent for one client must not open another. */
export const otherTestClient: EsiaSimClient = {
  clientId: 'vhod-other',
  clientSecret: 'vhod-other-secret',
  redirectUris: ['http://127.0.0.1:3998/auth/esia/callback'],
};

export const allScopes =
  'openid fullname birthdate gender snils id_doc email mobile kid_fullname kid_birthdate kid_gender kid_snils kid_birth_cert_doc';

export async function discoverTestClient(
  sim: RunningEsiaSim,
  clientAuthentication?: client.ClientAuth,
  registered: EsiaSimClient = testClient,
): Promise<client.Configuration> {
  return client.discovery(new URL(sim.issuer), registered.clientId, registered.clientSecret, clientAuthentication, {
    execute: [client.allowInsecureRequests],
  });
}

export interface PreparedAuthorization {
  url: URL;
  codeVerifier: string;
  state: string;
  nonce: string;
}

export async function prepareAuthorization(
  config: client.Configuration,
  scope: string,
  redirectUri: string = testClient.redirectUris[0] ?? '',
): Promise<PreparedAuthorization> {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, codeVerifier, state, nonce };
}

/** Exchanges the code of a callback URL and fetches userinfo, as the API will. */
export async function finishSignIn(config: client.Configuration, prepared: PreparedAuthorization, callbackUrl: string) {
  const tokens = await client.authorizationCodeGrant(config, new URL(callbackUrl), {
    pkceCodeVerifier: prepared.codeVerifier,
    expectedState: prepared.state,
    expectedNonce: prepared.nonce,
    idTokenExpected: true,
  });
  const idTokenClaims = tokens.claims();
  if (idTokenClaims === undefined) {
    throw new Error('no ID token');
  }
  const userinfo = await client.fetchUserInfo(config, tokens.access_token, idTokenClaims.sub);
  return { tokens, idTokenClaims, userinfo };
}
