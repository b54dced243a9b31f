import { pemContents } from './pem.ts';
import { streebog256 } from './pure-js-gost.ts';
import { SignerError } from './signer-error.ts';

export function certificateDer(certificatePem: string): Uint8Array {
  const der = pemContents(certificatePem, 'CERTIFICATE');
  if (!der) throw new SignerError('bad-certificate', 'The certificate is not a PEM "CERTIFICATE" block');
  return der;
}

/** ESIA's `client_certificate_hash`: Streebog-256 of the certificate's DER, upper-case hex (see Signer.certificateHash). */
export function certificateHash(certificatePem: string): string {
  return Buffer.from(streebog256(certificateDer(certificatePem)))
    .toString('hex')
    .toUpperCase();
}
