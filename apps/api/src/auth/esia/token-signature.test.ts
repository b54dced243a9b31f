import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentClientCredentials, developmentEsiaCredentials, pureJsSigner, pureJsVerifier } from '@vhod/gost';
import { describe, expect, it } from 'vitest';
import { tokenSignatureCheck } from './token-signature';

const input = new TextEncoder().encode('eyJhbGciOiJHT1NUMzQxMF8yMDEyXzI1NiJ9.eyJzdWIiOiIxMDAwMDAxIn0');

/** A self-signed RSA certificate, as ESIA's test and production environments have published (AISGorod). */
function rsaCertificate(): { certificatePem: string; privateKeyPem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const directory = mkdtempSync(join(tmpdir(), 'vhod-rsa-'));
  try {
    writeFileSync(join(directory, 'key.pem'), privateKeyPem);
    execFileSync('openssl', [
      'req',
      '-new',
      '-x509',
      '-key',
      join(directory, 'key.pem'),
      '-subj',
      '/CN=esia-rsa-test',
      '-days',
      '1',
      '-out',
      join(directory, 'cert.pem'),
    ]);
    return { certificatePem: readFileSync(join(directory, 'cert.pem'), 'utf8'), privateKeyPem };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe("ESIA token signatures, under the one algorithm ESIA's certificate allows", () => {
  it('a GOST certificate: GOST3410_2012_256 by its key, nothing else', async () => {
    const esia = developmentEsiaCredentials();
    const check = tokenSignatureCheck(esia.certificatePem, pureJsVerifier());
    const signature = await (await pureJsSigner(esia)).sign(input);
    expect(await check('GOST3410_2012_256', input, signature)).toBe(true);
    expect(await check('RS256', input, signature)).toBe(false);
    expect(await check('none', input, new Uint8Array())).toBe(false);
    const byAnotherKey = await (await pureJsSigner(developmentClientCredentials())).sign(input);
    expect(await check('GOST3410_2012_256', input, byAnotherKey)).toBe(false);
  });

  it('an RSA certificate: RS256 by its key, never the GOST algorithm', async () => {
    const { certificatePem, privateKeyPem } = rsaCertificate();
    const check = tokenSignatureCheck(certificatePem, pureJsVerifier());
    const signature = sign('sha256', input, privateKeyPem);
    expect(await check('RS256', input, signature)).toBe(true);
    expect(await check('RS256', new TextEncoder().encode('tampered'), signature)).toBe(false);
    expect(await check('GOST3410_2012_256', input, signature)).toBe(false);
  });
});
