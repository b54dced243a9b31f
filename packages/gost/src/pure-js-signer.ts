import { randomBytes } from 'node:crypto';
import { certificateDer, certificateHash } from './certificate-hash.ts';
import { pemContents } from './pem.ts';
import { publicKeyOf, readCertificatePublicKey, readPrivateKey, signDigest, streebog256, verifyDigest } from './pure-js-gost.ts';
import type { Signer, Verifier } from './signer.ts';
import { SignerError } from './signer-error.ts';

/**
 * Signs in plain JavaScript: for the demo and development on a machine with only Node. CPU-bound on the event loop (a few
 * milliseconds a signature, see README), and limited to the CryptoPro parameter sets; production uses opensslEngineSigner.
 */
export async function pureJsSigner(options: { keyPem: string; certificatePem: string }): Promise<Signer> {
  const keyDer = pemContents(options.keyPem, 'PRIVATE KEY');
  if (!keyDer) throw new SignerError('bad-key', 'The private key is not an unencrypted PEM "PRIVATE KEY" (PKCS#8) block');
  const { curve, privateKey } = readPrivateKey(keyDer);
  const certificate = await readCertificatePublicKey(certificateDer(options.certificatePem));
  if (certificate.curve !== curve || !Buffer.from(publicKeyOf(curve, privateKey)).equals(certificate.publicKey)) {
    throw new SignerError('key-certificate-mismatch', 'The private key does not belong to the certificate');
  }
  const hash = certificateHash(options.certificatePem);
  return {
    sign: async (data) => signDigest(curve, privateKey, streebog256(data), randomBytes(64)),
    certificateHash: async () => hash,
  };
}

/** Verifies in plain JavaScript: the development ESIA checks its clients' `client_secret` with it. */
export function pureJsVerifier(): Verifier {
  return {
    async verify(data, signature, certificatePem) {
      const { curve, publicKey } = await readCertificatePublicKey(certificateDer(certificatePem));
      return verifyDigest(curve, publicKey, streebog256(data), signature);
    },
  };
}
