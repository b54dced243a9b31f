/**
 * Why a signature could not be made or checked. The ESIA client turns these into its own refusal; the codes say what an
 * operator must fix (install the engine, reach the signing service, replace the key or certificate).
 */
export type SignerErrorCode =
  /** The openssl binary or its GOST engine is not installed (Debian: `apt-get install libengine-gost-openssl`). */
  | 'engine-missing'
  /** The signing process or service did not answer within its timeout. */
  | 'timeout'
  /** The signing service could not be connected to. */
  | 'unreachable'
  /** The signing service answered, but not with a 64-byte signature (or one that does not verify). */
  | 'bad-response'
  /** The private key cannot be read, or is not a GOST R 34.10-2012 256-bit key. */
  | 'bad-key'
  /** The certificate cannot be read, or its public key uses parameters the implementation does not know. */
  | 'bad-certificate'
  /** The private key is not the certificate's: ESIA would refuse every signature (ESIA-007053). */
  | 'key-certificate-mismatch'
  /** Any other failure of the signing process. */
  | 'signing-failed';

export class SignerError extends Error {
  override readonly name = 'SignerError';

  constructor(
    readonly code: SignerErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
