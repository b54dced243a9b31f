import { describe, expect, it } from 'vitest';
import {
  certificateHash,
  developmentClientCredentials,
  opensslEngineSigner,
  pureJsSigner,
  pureJsVerifier,
  type SignerError,
  streebog256,
} from '../src/index.ts';
import { concat, reversed, toHex } from './support/bytes.ts';
import { der, derObjectIdentifier } from './support/der.ts';
import {
  gostEngineAvailable,
  opensslCertificateHash,
  opensslDigestHex,
  opensslKeyAndCertificate,
  opensslVerify,
  opensslVerifyDigest,
} from './support/openssl.ts';
import { rfc6986, rfc7091 } from './support/rfc-vectors.ts';

// Two independent implementations must agree byte for byte: the OpenSSL GOST engine (production) and the pure-JS
// library (demo and development ESIA). A round trip through one of them alone would prove nothing about byte order.

const engine = await gostEngineAvailable();
const fixture = developmentClientCredentials();
const message = new TextEncoder().encode('VHODopenid fullname2026.12.06 19:25:00 +00001b4e…http://127.0.0.1:3000/auth/esia/callback');

describe.skipIf(!engine)('the OpenSSL GOST engine and the standards', () => {
  it('verifies RFC 7091’s signature laid out as s ‖ r over e in memory order, and refuses r ‖ s', async () => {
    const algorithm = der(
      0x30,
      derObjectIdentifier('1.2.643.7.1.1.1.1'), // GOST R 34.10-2012, 256 bit
      der(0x30, derObjectIdentifier('1.2.643.2.2.35.0'), derObjectIdentifier('1.2.643.7.1.1.2.2')), // test curve, Streebog-256
    );
    const publicKey = der(0x03, new Uint8Array([0]), der(0x04, reversed(rfc7091.xQ), reversed(rfc7091.yQ)));
    const subjectPublicKeyInfo = der(0x30, algorithm, publicKey);
    const digest = reversed(rfc7091.e);

    expect(await opensslVerifyDigest(digest, concat(rfc7091.s, rfc7091.r), subjectPublicKeyInfo)).toBe(true);
    expect(await opensslVerifyDigest(digest, concat(rfc7091.r, rfc7091.s), subjectPublicKeyInfo)).toBe(false);
  });

  it('hashes RFC 6986’s M1 and M2 to what streebog256 gives', async () => {
    for (const [input, expected] of [
      [rfc6986.m1, rfc6986.h256m1],
      [rfc6986.m2, rfc6986.h256m2],
    ] as const) {
      const bytes = reversed(input);
      expect(await opensslDigestHex(bytes)).toBe(toHex(reversed(expected)));
      expect(toHex(streebog256(bytes))).toBe(toHex(reversed(expected)));
    }
  });
});

describe.skipIf(!engine)('OpenSSL engine ↔ pure JS, on the committed development key', () => {
  it('an OpenSSL-engine signature verifies in pure JS, and not for other data', async () => {
    const signature = await opensslEngineSigner(fixture).sign(message);

    expect(signature).toHaveLength(64);
    expect(await pureJsVerifier().verify(message, signature, fixture.certificatePem)).toBe(true);
    expect(await pureJsVerifier().verify(message.subarray(1), signature, fixture.certificatePem)).toBe(false);
  });

  it('a pure-JS signature verifies in the OpenSSL engine, and not for other data', async () => {
    const signature = await (await pureJsSigner(fixture)).sign(message);

    expect(await opensslVerify(message, signature, fixture.certificatePem)).toBe(true);
    expect(await opensslVerify(message.subarray(1), signature, fixture.certificatePem)).toBe(false);
  });

  it('both signers give the certificate hash openssl computes over the DER, upper-cased', async () => {
    const fromOpenssl = await opensslCertificateHash(fixture.certificatePem);

    expect(await opensslEngineSigner(fixture).certificateHash()).toBe(fromOpenssl.toUpperCase());
    expect(await (await pureJsSigner(fixture)).certificateHash()).toBe(fromOpenssl.toUpperCase());
  });
});

describe.skipIf(!engine)('OpenSSL engine ↔ pure JS, on fresh keys of every parameter set both know', () => {
  it.each(['A', 'B', 'C', 'XA', 'XB'])('paramset %s: each verifies the other, and the certificate hashes agree', async (paramset) => {
    const credentials = await opensslKeyAndCertificate(paramset);

    const fromOpenssl = await opensslEngineSigner(credentials).sign(message);
    expect(await pureJsVerifier().verify(message, fromOpenssl, credentials.certificatePem)).toBe(true);

    const fromPureJs = await (await pureJsSigner(credentials)).sign(message);
    expect(await opensslVerify(message, fromPureJs, credentials.certificatePem)).toBe(true);

    expect(certificateHash(credentials.certificatePem)).toBe((await opensslCertificateHash(credentials.certificatePem)).toUpperCase());
  });

  it('a TC26 paramSetA certificate signs through the engine but is refused by the pure-JS verifier with the reason', async () => {
    const credentials = await opensslKeyAndCertificate('TCA');
    const signature = await opensslEngineSigner(credentials).sign(message);

    expect(await opensslVerify(message, signature, credentials.certificatePem)).toBe(true);
    const refusal: SignerError = await pureJsVerifier()
      .verify(message, signature, credentials.certificatePem)
      .then(
        () => expect.unreachable(),
        (error: SignerError) => error,
      );
    expect(refusal.code).toBe('bad-certificate');
    expect(refusal.message).toMatch(/CryptoPro A, B, C, XchA and XchB/);
  });
});
