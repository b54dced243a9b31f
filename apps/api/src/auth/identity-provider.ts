import type { EsiaPerson } from '@vhod/domain';
import type { EsiaProtocol } from '../esia-config';

/** What a login flow keeps for the callback: the protocol's one-time values, bound to the browser by a cookie. */
export interface FlowSecrets {
  /** Sent to the provider and checked on the way back (ESIA: a UUID). */
  state: string;
  /** OpenID Connect only: the ID token's nonce and the PKCE verifier. ESIA's protocol has neither. */
  nonce: string | null;
  codeVerifier: string | null;
}

/**
 * Why a sign-in ended without a person. Each reason is a page the citizen sees (`auth-error-codes.ts`); the ESIA code
 * stays with it for the audit log and for operators.
 */
export type SignInRefusalReason =
  /** The citizen declined, or ESIA refused a minor without a parent's consent (ESIA-007004, access_denied). */
  | 'access-denied'
  /** The system accepts confirmed accounts only (ESIA-007055). */
  | 'unconfirmed-account'
  /** The authorization code expired or was used (ESIA-007011). */
  | 'code-expired'
  /** Our timestamp is outside ESIA's window: the server's clock is off (ESIA-007015). */
  | 'clock-skew'
  /** The callback address is not registered at ESIA (ESIA-007023). */
  | 'redirect-not-registered'
  /** ESIA refused our client_secret or certificate (ESIA-007053). */
  | 'client-rejected'
  /** A scope the system asked for is not granted to it (ESIA-007019). */
  | 'scope-not-granted'
  /** Any other refusal from the provider. */
  | 'provider-error'
  /** The answer failed a check: state, token signature or claims, malformed person data. */
  | 'invalid-response'
  /** The provider could not be reached or did not answer in time. */
  | 'unavailable'
  /** Our own signer failed (engine missing, signing service down). */
  | 'signing-failed';

export interface SignInRefusal {
  reason: SignInRefusalReason;
  /** `ESIA-007004` and the like, when the provider sent one. */
  esiaCode: string | null;
  /** The OAuth `error` (access_denied, invalid_grant, …), when there was one. */
  error: string | null;
  /** Which check failed, for the audit log: never personal data. */
  detail?: string;
}

export type SignInCompletion = { person: EsiaPerson } | { refusal: SignInRefusal };

/**
 * The seam between sign-in and the identity provider's protocol: the routes (/auth/esia/login, /link, /callback,
 * /auth/logout) know only this; `esia/esia-identity-provider.ts` speaks ESIA's protocol, `oidc/oidc-identity-provider.ts`
 * OpenID Connect.
 */
export interface IdentityProvider {
  readonly protocol: EsiaProtocol;
  /** Where the browser goes (sign-in and sign-out): the sign-out form's CSP form-action must allow it. */
  readonly origin: string;
  /** Fresh one-time values for a login flow. */
  newFlowSecrets(): FlowSecrets;
  /** The provider's authorization address for a stored flow. */
  authorizationUrl(flow: FlowSecrets): Promise<{ url: URL } | { refusal: SignInRefusal }>;
  /** Checks the callback against its flow, redeems the code and reads the person. Never throws for the provider's doing. */
  completeSignIn(callbackUrl: URL, flow: FlowSecrets): Promise<SignInCompletion>;
  /** Where to end the provider's browser session and come back to `returnTo`; null when that cannot be built now. */
  logoutUrl(returnTo: string): Promise<URL | null>;
}
