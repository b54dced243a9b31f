import type { Signer, Verifier } from '@vhod/gost';
import type { ParentalConsents } from '../parental-consents';
import type { RememberedConsents } from '../remembered-consents';
import type { RegisteredEsiaClient } from './esia-clients';
import type { ExpiringMap } from './expiring-map';

/** A sign-in between the authorization request and the redirect back to the information system. */
export interface SignInFlow {
  id: string;
  client: RegisteredEsiaClient;
  redirectUri: string;
  scopes: ReadonlyArray<string>;
  state: string;
  /** Known once the citizen has signed in, or at once when the browser came with an ESIA session. */
  session?: EsiaSession;
}

/** The browser's ESIA session: a second sign-in in the same browser skips the login page. */
export interface EsiaSession {
  /** ESIA's `urn:esia:sid`. */
  id: string;
  subject: string;
  authTime: Date;
}

/** What an authorization code stands for until the information system exchanges it (once). */
export interface IssuedCode {
  clientId: string;
  redirectUri: string;
  scopes: ReadonlyArray<string>;
  session: EsiaSession;
}

/** What the ESIA-protocol handlers of one running sim share. */
export interface EsiaContext {
  /** The sim's base URL, no trailing slash; its tokens' `iss` is this with a slash. */
  issuer: string;
  clients: ReadonlyMap<string, RegisteredEsiaClient>;
  flows: ExpiringMap<SignInFlow>;
  /** By the opaque token in the browser's cookie. */
  sessions: ExpiringMap<EsiaSession>;
  codes: ExpiringMap<IssuedCode>;
  /** The sim's own GOST key, for the tokens it issues, and its certificate, for checking them on /rs. */
  tokenSigner: Signer;
  tokenCertificatePem: string;
  verifier: Verifier;
  consents: RememberedConsents;
  parentalConsents: ParentalConsents;
  now: () => Date;
}

export const esiaSessionCookie = 'esia_sim_session';

/** ESIA's lifetimes: a code must be exchanged within a minute; tokens last an hour. */
export const lifetimes = {
  flowMs: 60 * 60 * 1000,
  sessionMs: 8 * 60 * 60 * 1000,
  codeMs: 60 * 1000,
  tokenSeconds: 60 * 60,
} as const;
