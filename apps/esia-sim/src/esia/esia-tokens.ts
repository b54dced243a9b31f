import { findCitizenBySubject } from '../citizens';
import { lifetimes, type EsiaContext, type EsiaSession } from './esia-context';
import { signEsiaJwt, verifiedEsiaJwtPayload } from './esia-jwt';

export interface TokenRequest {
  clientId: string;
  scopes: ReadonlyArray<string>;
  session: EsiaSession;
}

/** The `iss` of the sim's tokens: its base URL with a trailing slash, as ESIA's is `http://esia.gosuslugi.ru/`. */
export function tokenIssuerOf(issuer: string): string {
  return `${issuer}/`;
}

const seconds = (instant: Date): number => Math.floor(instant.getTime() / 1000);

/** ESIA's oid is a number; the demo subjects are numbers written as strings. */
const oidOf = (subject: string): number => Number(subject);

/** An access token for /rs and an ID token saying who signed in, both GOST-signed JWTs. */
export async function issueEsiaTokens(context: EsiaContext, request: TokenRequest): Promise<{ accessToken: string; idToken: string }> {
  const { session } = request;
  const iat = seconds(context.now());
  const times = { iat, nbf: iat, exp: iat + lifetimes.tokenSeconds };
  const iss = tokenIssuerOf(context.issuer);
  const oid = oidOf(session.subject);
  const accessToken = await signEsiaJwt(context.tokenSigner, 'access', {
    iss,
    client_id: request.clientId,
    'urn:esia:sbj_id': oid,
    scope: request.scopes.join(' '),
    ...times,
    'urn:esia:sid': session.id,
  });
  const idToken = await signEsiaJwt(context.tokenSigner, 'id', {
    iss,
    aud: request.clientId,
    sub: oid,
    ...times,
    auth_time: seconds(session.authTime),
    // ESIA writes the method as a single word (PWD: password, DS: electronic signature), not an array.
    amr: 'PWD',
    'urn:esia:sid': session.id,
    'urn:esia:sbj': {
      'urn:esia:sbj:typ': 'P',
      'urn:esia:sbj:oid': oid,
      'urn:esia:sbj:is_tru': findCitizenBySubject(session.subject)?.level === 'confirmed',
    },
  });
  return { accessToken, idToken };
}

export interface AccessTokenGrant {
  subject: string;
  clientId: string;
  scopes: ReadonlySet<string>;
}

/** Who an access token lets the bearer read about, if it is the sim's own, unexpired and already valid. */
export async function readAccessToken(context: EsiaContext, token: string): Promise<AccessTokenGrant | undefined> {
  const payload = await verifiedEsiaJwtPayload(context.verifier, context.tokenCertificatePem, 'access', token);
  if (payload === undefined || payload.iss !== tokenIssuerOf(context.issuer)) return undefined;
  const now = seconds(context.now());
  const { exp, nbf, scope, client_id: clientId } = payload;
  const oid = payload['urn:esia:sbj_id'];
  if (typeof exp !== 'number' || typeof nbf !== 'number' || exp <= now || nbf > now) return undefined;
  if (typeof oid !== 'number' || typeof scope !== 'string' || typeof clientId !== 'string') return undefined;
  return { subject: String(oid), clientId, scopes: new Set(scope.split(' ').filter(Boolean)) };
}
