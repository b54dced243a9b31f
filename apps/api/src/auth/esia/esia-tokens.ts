import { SignerError } from '@vhod/gost';
import { z } from 'zod';
import { EsiaRefusalError } from './esia-refusal-error';
import type { TokenSignatureCheck } from './token-signature';

export interface TokenExpectations {
  /** ESIA_ISSUER, compared exactly. */
  issuer: string;
  clientId: string;
  now: Date;
}

/** Clock difference between ESIA and us that exp and nbf forgive (fr05t1k/esia's default leeway is the same 60 s). */
const leewaySeconds = 60;

const headerSchema = z.object({ alg: z.string() });
const oid = z.union([z.string().min(1), z.number().int()]).transform(String);
const timeClaims = {
  iss: z.string(),
  exp: z.number(),
  nbf: z.number().optional(),
  // ESIA's ID token names the audience `aud`, its access token `client_id`; fr05t1k/esia accepts either in both.
  aud: z.union([z.string(), z.array(z.string())]).optional(),
  client_id: z.string().optional(),
};
const accessTokenSchema = z.object({
  ...timeClaims,
  'urn:esia:sbj_id': oid,
  /** Space-separated granted scopes; absent: take the ones asked for. */
  scope: z.string().optional(),
});
const idTokenSchema = z.object({
  ...timeClaims,
  sub: oid.optional(),
  'urn:esia:sbj': z.object({ 'urn:esia:sbj:oid': oid }).optional(),
});

export interface VerifiedTokens {
  /** The person's id in ESIA, the same in both tokens. */
  oid: string;
  /** ESIA's scope names as granted (fullname, id_doc, …), without the `?oid=…` qualifiers some answers carry. */
  grantedScopes: Set<string> | null;
}

/**
 * Verifies the access and ID tokens of a /v3/te answer: GOST (or RSA) signature with ESIA's certificate under the one
 * algorithm it allows, `iss`, the audience, `exp` and `nbf` (60 s leeway), and that both name the same person.
 */
export async function verifyEsiaTokens(
  tokens: { accessToken: string; idToken: string },
  check: TokenSignatureCheck,
  expect: TokenExpectations,
): Promise<VerifiedTokens> {
  const access = await verifiedClaims(tokens.accessToken, 'access', accessTokenSchema, check, expect);
  const id = await verifiedClaims(tokens.idToken, 'id', idTokenSchema, check, expect);
  const idOid = id['urn:esia:sbj']?.['urn:esia:sbj:oid'] ?? id.sub;
  if (idOid !== access['urn:esia:sbj_id']) throw EsiaRefusalError.of('invalid-response', 'token-subjects-differ');
  return { oid: access['urn:esia:sbj_id'], grantedScopes: grantedScopesOf(access.scope) };
}

async function verifiedClaims<Claims extends z.infer<z.ZodObject<typeof timeClaims>>>(
  token: string,
  kind: 'access' | 'id',
  schema: z.ZodType<Claims>,
  check: TokenSignatureCheck,
  expect: TokenExpectations,
): Promise<Claims> {
  const refuse = (what: string) => EsiaRefusalError.of('invalid-response', `${kind}-token-${what}`);
  const parts = token.split('.');
  if (parts.length !== 3) throw refuse('format');
  const [header, payload, signature] = parts as [string, string, string];
  const alg = headerSchema.safeParse(decodeJson(header));
  if (!alg.success) throw refuse('header');
  const signingInput = new TextEncoder().encode(`${header}.${payload}`);
  const signed = await check(alg.data.alg, signingInput, Buffer.from(signature, 'base64url')).catch((error: unknown) => {
    // ESIA_CERTIFICATE itself is unusable (e.g. a parameter set the pure-JS verifier does not know): say so to operators.
    if (error instanceof SignerError) throw refuse(`certificate-${error.code}`);
    // No verdict is no signature. (@wavesenterprise/crypto-gost-js 2.0.1 throws a ReferenceError on rare values: its
    // modular inverse calls an undefined `subtract`; the next sign-in gets a new token and almost surely passes.)
    throw refuse('signature-error');
  });
  if (!signed) throw refuse('signature');
  const parsed = schema.safeParse(decodeJson(payload));
  if (!parsed.success) throw refuse('claims');
  const claims = parsed.data;
  const now = expect.now.getTime() / 1000;
  if (claims.iss !== expect.issuer) throw refuse('iss');
  if (![claims.aud ?? claims.client_id].flat().includes(expect.clientId)) throw refuse('audience');
  if (now >= claims.exp + leewaySeconds) throw refuse('expired');
  if (claims.nbf !== undefined && now < claims.nbf - leewaySeconds) throw refuse('not-yet-valid');
  return claims;
}

function decodeJson(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The contract's tokens carry plain scope names; real ESIA has been seen to qualify them (`fullname?oid=…`) and older
 * versions to prefix them with a URL, so only the last path segment before any `?` counts (unconfirmed on ТЕСИА).
 */
function grantedScopesOf(scope: string | undefined): Set<string> | null {
  if (scope === undefined) return null;
  return new Set(
    scope
      .split(/\s+/)
      .filter(Boolean)
      .map((item) => item.split('?')[0]!.split('/').pop()!),
  );
}
