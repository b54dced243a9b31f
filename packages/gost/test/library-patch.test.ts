import { describe, expect, it } from 'vitest';
import { verifyDigest } from '../src/pure-js-gost.ts';

// crypto-gost-js 2.0.1's modular inverse returned `subtract(d, m)`, a function the library never
// defines, for about one input in ten thousand: a verification (which inverts the digest) threw a
// ReferenceError instead of answering. packages/gost/patches calls the library's own `sub`.
describe('the patched crypto-gost-js', () => {
  it('answers a verification whose digest takes the rare branch of the modular inverse', () => {
    // SHA-256 of "probe-9005", found by searching for a digest that made the unpatched library throw.
    const digest = Uint8Array.from(Buffer.from('29f13af576e171ae72dd83e6d1bf5ef910c4599e72386e44a51771c349d240ee', 'hex'));
    const publicKey = new Uint8Array(64).fill(1);
    const signature = new Uint8Array(64).fill(2);
    expect(verifyDigest('S-256-A', publicKey, digest, signature)).toBe(false);
  });
});
