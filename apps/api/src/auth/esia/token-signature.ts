import { type KeyObject, X509Certificate, verify } from 'node:crypto';
import type { Verifier } from '@vhod/gost';

/** Checks the signature of an ESIA token (the ASCII `header.payload`) under the algorithm its header names. */
export type TokenSignatureCheck = (alg: string, signingInput: Uint8Array, signature: Uint8Array) => Promise<boolean>;

/**
 * The token check for ESIA's certificate (ESIA_CERTIFICATE). The certificate's key decides the one algorithm accepted,
 * so a token cannot choose a weaker one:
 * - a GOST R 34.10-2012 key: `GOST3410_2012_256`, the signature in the same 64-byte s ‖ r layout as our client_secret
 *   (the wire contract with the development ESIA; fr05t1k/esia hands it to OpenSSL's GOST engine unchanged, which reads
 *   that layout). Whether real ESIA signs tokens in exactly this layout is to be confirmed on ТЕСИА.
 * - an RSA key: `RS256`. AISGorod verifies ESIA's tokens with RSA certificates of ESIA's test and production
 *   environments, and fr05t1k/esia accepts both RS256 and GOST3410_2012_256: which one a region's ESIA uses follows from
 *   the certificate it publishes, so both are supported.
 */
export function tokenSignatureCheck(certificatePem: string, gost: Verifier): TokenSignatureCheck {
  const rsaKey = rsaPublicKeyOf(certificatePem);
  if (rsaKey) {
    return async (alg, signingInput, signature) => alg === 'RS256' && verify('sha256', signingInput, rsaKey, signature);
  }
  return async (alg, signingInput, signature) =>
    alg === 'GOST3410_2012_256' && signature.length === 64 && gost.verify(signingInput, signature, certificatePem);
}

/** Node's OpenSSL reads RSA certificates; a GOST key is not one it knows (and not RSA either way). */
function rsaPublicKeyOf(certificatePem: string): KeyObject | null {
  try {
    const key = new X509Certificate(certificatePem).publicKey;
    return key.asymmetricKeyType === 'rsa' ? key : null;
  } catch {
    return null;
  }
}
