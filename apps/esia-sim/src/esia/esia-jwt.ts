import type { Signer, Verifier } from '@vhod/gost';

/** What a token is for, in ESIA's header field `sbt`. */
export type EsiaTokenKind = 'access' | 'id';

export type JwtPayload = Record<string, unknown>;

export const esiaJwtAlgorithm = 'GOST3410_2012_256';

const encodePart = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/**
 * The one place that fixes the token's byte layout: ESIA signs the ASCII of
 * `base64url(header) + "." + base64url(payload)` with GOST R 34.10-2012 and appends the
 * signature (s ‖ r, as Signer returns it) Base64URL-encoded.
 */
function signingInput(header: string, payload: string): Uint8Array {
  return new TextEncoder().encode(`${header}.${payload}`);
}

export async function signEsiaJwt(signer: Signer, kind: EsiaTokenKind, payload: JwtPayload): Promise<string> {
  const header = encodePart({ alg: esiaJwtAlgorithm, typ: 'JWT', ver: 1, sbt: kind });
  const body = encodePart(payload);
  const signature = await signer.sign(signingInput(header, body));
  return `${header}.${body}.${Buffer.from(signature).toString('base64url')}`;
}

/** The payload of a token of this kind whose signature verifies against the certificate; undefined otherwise. */
export async function verifiedEsiaJwtPayload(
  verifier: Verifier,
  certificatePem: string,
  kind: EsiaTokenKind,
  token: string,
): Promise<JwtPayload | undefined> {
  const [header, body, signature, ...rest] = token.split('.');
  if (header === undefined || body === undefined || signature === undefined || rest.length > 0) return undefined;
  const decoded = { header: decodePart(header), payload: decodePart(body) };
  if (decoded.header?.alg !== esiaJwtAlgorithm || decoded.header.sbt !== kind || decoded.payload === undefined) return undefined;
  const signatureBytes = Buffer.from(signature, 'base64url');
  if (signatureBytes.length !== 64 || !(await verifier.verify(signingInput(header, body), signatureBytes, certificatePem)))
    return undefined;
  return decoded.payload;
}

function decodePart(part: string): JwtPayload | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JwtPayload) : undefined;
  } catch {
    return undefined;
  }
}
