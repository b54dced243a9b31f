import { randomUUID } from 'node:crypto';
import { pureJsVerifier, SignerError, type Signer, type Verifier } from '@vhod/gost';
import type { Clock } from '../../clock/clock';
import type { EsiaProtocolConfig } from '../../esia-config';
import type { IdentityProvider, SignInCompletion, SignInRefusal } from '../identity-provider';
import { refusalFromProviderError } from '../provider-refusal';
import { EsiaPersonDataError } from './esia-person';
import { EsiaRefusalError } from './esia-refusal-error';
import { esiaSigner } from './esia-signer';
import { verifyEsiaTokens } from './esia-tokens';
import { authorizationUrl, exchangeCode } from './oauth-requests';
import { readEsiaPerson } from './person-data';
import { tokenSignatureCheck } from './token-signature';

export interface EsiaIdentityProviderOptions {
  clock: Clock;
  /** Checks GOST token signatures against ESIA's certificate; the pure-JS verifier unless a test brings its own. */
  verifier?: Verifier;
}

/**
 * Sign-in through ESIA's own protocol (docs/adr/0007-esia-protocol.md): a signed /v2/ac redirect with a UUID state,
 * the code redeemed at /v3/te with a fresh signed request, both tokens verified, the person read from /rs/prns.
 */
export function esiaIdentityProvider(
  config: EsiaProtocolConfig,
  { clock, verifier = pureJsVerifier() }: EsiaIdentityProviderOptions,
): IdentityProvider {
  // Made on first use (the pure-JS signer reads its key asynchronously) and kept; a signer that failed to start is
  // tried again on the next sign-in.
  let signer: Promise<Signer> | undefined;
  const signerNow = () => {
    signer ??= esiaSigner(config.signer, config.timeoutMs).catch((error: unknown) => {
      signer = undefined;
      throw error;
    });
    return signer;
  };
  const checkTokenSignature = tokenSignatureCheck(config.certificatePem, verifier);

  return {
    protocol: 'esia',
    origin: new URL(config.baseUrl).origin,
    newFlowSecrets: () => ({ state: randomUUID(), nonce: null, codeVerifier: null }),

    async authorizationUrl(flow) {
      try {
        return { url: await authorizationUrl(config, await signerNow(), clock.now(), flow.state) };
      } catch (error) {
        return { refusal: refusalOf(error) };
      }
    },

    async completeSignIn(callbackUrl, flow): Promise<SignInCompletion> {
      const query = callbackUrl.searchParams;
      const state = query.get('state');
      const error = query.get('error');
      // An error answer is believed without its state only because it grants nothing; a code needs the flow's state.
      if ((state !== null || error === null) && state !== flow.state) {
        return { refusal: { reason: 'invalid-response', esiaCode: null, error: null, detail: 'callback-state' } };
      }
      if (error !== null) return { refusal: refusalFromProviderError(error, query.get('error_description')) };
      const code = query.get('code');
      if (!code) return { refusal: { reason: 'invalid-response', esiaCode: null, error: null, detail: 'callback-code' } };
      try {
        const tokens = await exchangeCode(config, await signerNow(), clock.now(), code);
        const verified = await verifyEsiaTokens(tokens, checkTokenSignature, {
          issuer: config.issuer,
          clientId: config.clientId,
          now: clock.now(),
        });
        const person = await readEsiaPerson({
          baseUrl: config.baseUrl,
          accessToken: tokens.accessToken,
          oid: verified.oid,
          grantedScopes: verified.grantedScopes ?? new Set(config.scopes),
          timeoutMs: config.timeoutMs,
        });
        return { person };
      } catch (error) {
        return { refusal: refusalOf(error) };
      }
    },

    /** `{base}/idp/ext/Logout?client_id=…&redirect_url=…`: fr05t1k/esia, AISGorod and esia-connector build it alike. */
    async logoutUrl(returnTo) {
      const url = new URL(`${config.baseUrl}/idp/ext/Logout`);
      url.searchParams.set('client_id', config.clientId);
      url.searchParams.set('redirect_url', returnTo);
      return url;
    },
  };
}

function refusalOf(error: unknown): SignInRefusal {
  if (error instanceof EsiaRefusalError) return error.refusal;
  if (error instanceof SignerError) return { reason: 'signing-failed', esiaCode: null, error: null, detail: error.code };
  if (error instanceof EsiaPersonDataError) return { reason: 'invalid-response', esiaCode: null, error: null, detail: 'person-data' };
  throw error;
}
