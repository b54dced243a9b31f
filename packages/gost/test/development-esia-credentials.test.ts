import { describe, expect, it } from 'vitest';
import { developmentEsiaCredentials, pureJsSigner, pureJsVerifier } from '../src/index.ts';

describe('development ESIA credentials', () => {
  it('sign with the pure-JS signer and verify against their certificate', async () => {
    const { keyPem, certificatePem } = developmentEsiaCredentials();
    const signer = await pureJsSigner({ keyPem, certificatePem });
    const data = new TextEncoder().encode('header.payload');
    const signature = await signer.sign(data);
    expect(await pureJsVerifier().verify(data, signature, certificatePem)).toBe(true);
    expect(await pureJsVerifier().verify(new TextEncoder().encode('header.payloaD'), signature, certificatePem)).toBe(false);
  });
});
