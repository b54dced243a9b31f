import { randomUUID } from 'node:crypto';
import type { Signer } from '@vhod/gost';
import { z } from 'zod';
import type { EsiaProtocolConfig } from '../../esia-config';
import { refusalFromProviderError } from '../provider-refusal';
import { signClientSecret } from './client-secret';
import { callEsia } from './esia-http';
import { EsiaRefusalError } from './esia-refusal-error';
import { esiaTimestamp } from './esia-timestamp';

/**
 * The parameters /v2/ac and /v3/te share, with `client_secret` signed over `client_id + scope + timestamp + state +
 * redirect_uri` (+ `code` for the token) and `client_certificate_hash`, the Streebog-256 of our certificate's DER.
 * Endpoint paths and parameter names: go-api-epgu (`esia/aas/client.go`) and AISGorod's environments agree.
 */
async function signedParameters(
  config: EsiaProtocolConfig,
  signer: Signer,
  at: Date,
  state: string,
  code?: string,
): Promise<Record<string, string>> {
  const scope = config.scopes.join(' ');
  const timestamp = esiaTimestamp(at);
  const signed = [config.clientId, scope, timestamp, state, config.redirectUri, ...(code === undefined ? [] : [code])];
  return {
    client_id: config.clientId,
    client_secret: await signClientSecret(signer, signed),
    scope,
    timestamp,
    state,
    redirect_uri: config.redirectUri,
    client_certificate_hash: await signer.certificateHash(),
  };
}

/** `GET {base}/aas/oauth2/v2/ac`: where the browser signs in and consents. `state` is the login flow's UUID. */
export async function authorizationUrl(config: EsiaProtocolConfig, signer: Signer, at: Date, state: string): Promise<URL> {
  const url = new URL(`${config.baseUrl}/aas/oauth2/v2/ac`);
  const parameters = { ...(await signedParameters(config, signer, at, state)), response_type: 'code', access_type: 'online' };
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  return url;
}

const tokenAnswerSchema = z.object({ access_token: z.string().min(1), id_token: z.string().min(1), state: z.string() });
const errorAnswerSchema = z.object({ error: z.string().nullish(), error_description: z.string().nullish() });

/**
 * `POST {base}/aas/oauth2/v3/te`: the authorization code for the tokens. A new state goes with it and must come back in
 * the answer (go-api-epgu sends a fresh UUID; AISGorod checks the echo on its token refresh). ESIA's refusals carry
 * their ESIA-0070xx code in `error_description`.
 */
export async function exchangeCode(
  config: EsiaProtocolConfig,
  signer: Signer,
  at: Date,
  code: string,
): Promise<{ accessToken: string; idToken: string }> {
  const state = randomUUID();
  const form = new URLSearchParams({
    ...(await signedParameters(config, signer, at, state, code)),
    code,
    grant_type: 'authorization_code',
    token_type: 'Bearer',
  });
  const answer = await callEsia(
    'token',
    `${config.baseUrl}/aas/oauth2/v3/te`,
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: form },
    config.timeoutMs,
  );
  if (answer.status >= 500) throw EsiaRefusalError.of('unavailable', `token: HTTP ${answer.status}`);
  if (answer.status !== 200) {
    const refusal = errorAnswerSchema.safeParse(answer.json);
    if (!refusal.success || !refusal.data.error) throw EsiaRefusalError.of('invalid-response', `token: HTTP ${answer.status}`);
    throw new EsiaRefusalError(refusalFromProviderError(refusal.data.error, refusal.data.error_description ?? null));
  }
  const tokens = tokenAnswerSchema.safeParse(answer.json);
  if (!tokens.success) throw EsiaRefusalError.of('invalid-response', 'token-answer');
  if (tokens.data.state !== state) throw EsiaRefusalError.of('invalid-response', 'token-state');
  return { accessToken: tokens.data.access_token, idToken: tokens.data.id_token };
}
