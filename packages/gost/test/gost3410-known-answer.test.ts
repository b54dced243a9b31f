import { describe, expect, it } from 'vitest';
import { publicKeyOf, signDigest, verifyDigest } from '../src/pure-js-gost.ts';
import { concat, reversed, toHex } from './support/bytes.ts';
import { rfc7091 } from './support/rfc-vectors.ts';

// RFC 7091 gives numbers; the implementation takes little-endian byte strings (the GOST engine's PKCS#8 key, Streebog's
// output read as e) and must answer s ‖ r big-endian, OpenSSL's `dgst -sign` layout.
const privateKey = reversed(rfc7091.d);
const digest = reversed(rfc7091.e);
const publicKey = concat(reversed(rfc7091.xQ), reversed(rfc7091.yQ));
const expectedSignature = concat(rfc7091.s, rfc7091.r);

describe('GOST R 34.10-2012 (256) against RFC 7091 §7.1', () => {
  it('derives the RFC public key Q from d', () => {
    expect(toHex(publicKeyOf('S-256-TEST', privateKey))).toBe(toHex(publicKey));
  });

  it('signs e with the RFC k into exactly s ‖ r, each big-endian', () => {
    expect(toHex(signDigest('S-256-TEST', privateKey, digest, reversed(rfc7091.k)))).toBe(toHex(expectedSignature));
  });

  it('accepts the RFC signature as s ‖ r and refuses r ‖ s and the CryptoAPI (fully reversed) order', () => {
    expect(verifyDigest('S-256-TEST', publicKey, digest, expectedSignature)).toBe(true);
    expect(verifyDigest('S-256-TEST', publicKey, digest, concat(rfc7091.r, rfc7091.s))).toBe(false);
    expect(verifyDigest('S-256-TEST', publicKey, digest, reversed(expectedSignature))).toBe(false);
  });

  it('refuses the signature for another digest', () => {
    const otherDigest = digest.slice();
    otherDigest[0] = (otherDigest[0] ?? 0) ^ 1;
    expect(verifyDigest('S-256-TEST', publicKey, otherDigest, expectedSignature)).toBe(false);
  });
});
