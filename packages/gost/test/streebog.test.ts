import { describe, expect, it } from 'vitest';
import { certificateHash, developmentClientCredentials, streebog256 } from '../src/index.ts';
import { reversed, toHex } from './support/bytes.ts';
import { rfc6986 } from './support/rfc-vectors.ts';

describe('Streebog-256 (GOST R 34.11-2012) against RFC 6986', () => {
  it('reads the RFC messages as byte strings printed last byte first', () => {
    expect(Buffer.from(reversed(rfc6986.m1)).toString('latin1')).toBe('012345678901234567890123456789012345678901234567890123456789012');
    expect(new TextDecoder('windows-1251').decode(reversed(rfc6986.m2))).toMatch(/^Се ветри, Стрибожи внуци/);
  });

  it('hashes M1 (63 bytes) to the RFC value, in memory order', () => {
    expect(toHex(streebog256(reversed(rfc6986.m1)))).toBe(toHex(reversed(rfc6986.h256m1)));
  });

  it('hashes M2 (72 bytes, more than one block) to the RFC value, in memory order', () => {
    expect(toHex(streebog256(reversed(rfc6986.m2)))).toBe(toHex(reversed(rfc6986.h256m2)));
  });

  it('gives ESIA the certificate hash of the DER as 64 upper-case hex digits', () => {
    // The value openssl printed for the committed fixture (README); openssl-cross-check.test.ts recomputes it.
    expect(certificateHash(developmentClientCredentials().certificatePem)).toBe(
      '5586AC151E038D0F5EBC756B5C2C91E280DE4C79D89CB2383DCFA0645F099C23',
    );
  });
});
