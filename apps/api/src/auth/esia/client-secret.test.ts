import { developmentClientCredentials, pureJsSigner, pureJsVerifier, SignerError } from '@vhod/gost';
import { describe, expect, it } from 'vitest';
import { signClientSecret } from './client-secret';

describe('client_secret', () => {
  it('is the Base64URL signature, without padding, of the parameters concatenated as sent', async () => {
    const credentials = developmentClientCredentials();
    const secret = await signClientSecret(await pureJsSigner(credentials), ['vhod', 'openid fullname', '2026.11.23 09:00:00 +0000']);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{86}$/);
    const signed = new TextEncoder().encode('vhodopenid fullname2026.11.23 09:00:00 +0000');
    expect(await pureJsVerifier().verify(signed, new Uint8Array(Buffer.from(secret, 'base64url')), credentials.certificatePem)).toBe(true);
  });

  it('turns anything a signer throws into a SignerError, so a sign-in ends with a page instead of a crash', async () => {
    const broken = { sign: () => Promise.reject(new ReferenceError('subtract is not defined')), certificateHash: async () => '' };
    await expect(signClientSecret(broken, ['x'])).rejects.toMatchObject({ name: 'SignerError', code: 'signing-failed' });
    const engineMissing = { sign: () => Promise.reject(new SignerError('engine-missing', 'no engine')), certificateHash: async () => '' };
    await expect(signClientSecret(engineMissing, ['x'])).rejects.toMatchObject({ code: 'engine-missing' });
  });
});
