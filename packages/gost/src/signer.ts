/**
 * A GOST R 34.10-2012 (256-bit) signer for ESIA's `client_secret`.
 *
 * Byte layout (the classic trap; proved by test/gost3410-known-answer.test.ts and test/openssl-cross-check.test.ts):
 * - The signature is 64 bytes: s then r, each 32 bytes big-endian (RFC 4491 §2.2.2). That is what
 *   `openssl dgst -engine gost -md_gost12_256 -sign` writes, what the GOST engine verifies, and what ESIA takes
 *   Base64URL-encoded as `client_secret`. CryptoPro CSP's CryptoAPI (`csptest -sign`, CryptSignHash) returns the same 64
 *   bytes in reverse order; ESIA clients reverse them back (ofstudio/go-api-epgu, `esia/signature/local-cp-gost.go`).
 * - The message is hashed with Streebog-256 and the hash's bytes are read as a little-endian number e (RFC 7091 prints
 *   e as a number, RFC 6986 prints hashes byte-reversed; OpenSSL and BouncyCastle print the bytes in order).
 */
export interface Signer {
  /** The signature of `data`: 64 bytes, s ‖ r, each big-endian. */
  sign(data: Uint8Array): Promise<Uint8Array>;
  /**
   * ESIA's `client_certificate_hash`: Streebog-256 of the certificate's DER (hashing the PEM text gives ESIA-007053),
   * upper-case hex as CryptoPro's `cpverify -mk` prints it and .NET/Go ESIA clients send it.
   */
  certificateHash(): Promise<string>;
}

/** Checks a signature in the layout above against the public key of a certificate (the development ESIA's side). */
export interface Verifier {
  /** False when the signature does not match; throws a SignerError when the certificate cannot be used at all. */
  verify(data: Uint8Array, signature: Uint8Array, certificatePem: string): Promise<boolean>;
}
