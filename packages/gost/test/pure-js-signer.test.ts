import { describe, expect, it } from 'vitest';
import { developmentClientCredentials, pureJsSigner, pureJsVerifier } from '../src/index.ts';
import { toHex } from './support/bytes.ts';
import { gostEngineAvailable, opensslKeyAndCertificate } from './support/openssl.ts';

const engine = await gostEngineAvailable();
const fixture = developmentClientCredentials();
const message = new TextEncoder().encode('client_id + scope + timestamp + state + redirect_uri');

describe('pureJsSigner', () => {
  it('draws a fresh k for every signature: the same message signs differently, and both verify', async () => {
    const signer = await pureJsSigner(fixture);
    const first = await signer.sign(message);
    const second = await signer.sign(message);

    expect(toHex(first)).not.toBe(toHex(second));
    expect(await pureJsVerifier().verify(message, first, fixture.certificatePem)).toBe(true);
    expect(await pureJsVerifier().verify(message, second, fixture.certificatePem)).toBe(true);
  });

  it('refuses what is not a private key, and what is not a certificate', async () => {
    await expect(pureJsSigner({ ...fixture, keyPem: 'secret' })).rejects.toMatchObject({ code: 'bad-key' });
    await expect(pureJsSigner({ ...fixture, keyPem: fixture.certificatePem })).rejects.toMatchObject({ code: 'bad-key' });
    await expect(pureJsSigner({ ...fixture, certificatePem: fixture.keyPem })).rejects.toMatchObject({ code: 'bad-certificate' });
  });

  it.skipIf(!engine)('refuses a key that is not the certificate’s, which ESIA would refuse at every sign-in', async () => {
    const other = await opensslKeyAndCertificate('A');

    await expect(pureJsSigner({ keyPem: fixture.keyPem, certificatePem: other.certificatePem })).rejects.toMatchObject({
      code: 'key-certificate-mismatch',
    });
  });
});

describe('pureJsVerifier', () => {
  it('refuses a signature with one bit changed, or one byte short', async () => {
    const signature = await (await pureJsSigner(fixture)).sign(message);
    const flipped = signature.slice();
    flipped[10] = (flipped[10] ?? 0) ^ 0x01;

    expect(await pureJsVerifier().verify(message, flipped, fixture.certificatePem)).toBe(false);
    expect(await pureJsVerifier().verify(message, signature.subarray(1), fixture.certificatePem)).toBe(false);
  });
});
