import type { Verifier } from '@vhod/gost';
import type { RegisteredEsiaClient } from './esia-clients';

const base64Url = /^[A-Za-z0-9_-]+$/;

export interface SignedRequest {
  /** The concatenated values the client signed, exactly as sent (v2/ac: client_id + scope + timestamp + state + redirect_uri; v3/te: … + code). */
  message: string;
  clientSecret: string;
  clientCertificateHash: string;
}

/**
 * ESIA's client authentication: the certificate hash names the registered certificate, and
 * client_secret is a GOST R 34.10-2012 signature (Base64URL, s ‖ r) of the message made with
 * that certificate's key. A changed value, another key or another certificate all fail alike
 * (ESIA-007053).
 */
export async function isSignedByClient(verifier: Verifier, client: RegisteredEsiaClient, request: SignedRequest): Promise<boolean> {
  if (request.clientCertificateHash !== client.certificateHash || !base64Url.test(request.clientSecret)) return false;
  const signature = Buffer.from(request.clientSecret, 'base64url');
  if (signature.length !== 64) return false;
  return verifier.verify(new TextEncoder().encode(request.message), signature, client.certificatePem);
}
