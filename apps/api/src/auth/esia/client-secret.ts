import { SignerError, type Signer } from '@vhod/gost';

/**
 * ESIA's `client_secret` for /v2/ac and /v3/te: the GOST R 34.10-2012 signature of the parameters concatenated exactly
 * as sent (`client_id + scope + timestamp + state + redirect_uri`, then `+ code` for the token), Base64URL without
 * padding. The order is go-api-epgu's (`esia/aas/client.go`) and ESIA's guidelines'; fr05t1k/esia still signs the older
 * endpoints' order. Padding: fr05t1k strips it, go-api-epgu's base64.URLEncoding keeps it; which one real ESIA insists
 * on is unconfirmed, and the wire contract with the development ESIA takes none.
 */
export async function signClientSecret(signer: Signer, parts: readonly string[]): Promise<string> {
  const signature = await signer.sign(new TextEncoder().encode(parts.join(''))).catch((cause: unknown) => {
    // Whatever breaks inside a signer (the pure-JS library's rare ReferenceError too) is a signing failure, not a crash.
    throw cause instanceof SignerError ? cause : new SignerError('signing-failed', 'The signer failed', { cause });
  });
  return Buffer.from(signature).toString('base64url');
}
