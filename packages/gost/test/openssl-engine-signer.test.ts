import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { developmentClientCredentials, opensslEngineSigner, pureJsVerifier } from '../src/index.ts';
import { gostEngineAvailable } from './support/openssl.ts';

const engine = await gostEngineAvailable();
const fixture = developmentClientCredentials();
const fixtureKeyPath = fileURLToPath(new URL('../fixtures/development-client.key.pem', import.meta.url));
const message = new TextEncoder().encode('client_id + scope + timestamp + state + redirect_uri');

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'vhod-gost-signer-test-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(directory, { recursive: true, force: true });
});

describe('opensslEngineSigner refuses with a reason an operator can act on', () => {
  it('says the engine is missing when openssl cannot load it', async () => {
    const signer = opensslEngineSigner({ ...fixture, enginePath: join(directory, 'no-such-gost.so') });

    await expect(signer.sign(message)).rejects.toMatchObject({
      code: 'engine-missing',
      message: expect.stringMatching(/libengine-gost-openssl/),
    });
  });

  it('says so when there is no openssl binary at all', async () => {
    const signer = opensslEngineSigner({ ...fixture, opensslPath: join(directory, 'openssl') });

    await expect(signer.sign(message)).rejects.toMatchObject({
      code: 'engine-missing',
      message: expect.stringMatching(/No openssl binary/),
    });
  });

  it('gives up after its timeout and kills openssl when it hangs', async () => {
    const hangingOpenssl = join(directory, 'hanging-openssl');
    await writeFile(hangingOpenssl, '#!/bin/sh\nexec tail -f /dev/null\n');
    await chmod(hangingOpenssl, 0o700);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    const signing = opensslEngineSigner({
      keyPath: fixtureKeyPath,
      certificatePem: fixture.certificatePem,
      opensslPath: hangingOpenssl,
      timeoutMs: 5000,
    }).sign(message);
    vi.advanceTimersByTime(5000);

    await expect(signing).rejects.toMatchObject({ code: 'timeout', message: 'openssl did not sign within 5000 ms' });
  });

  it('refuses a certificate that is not PEM before anything runs', () => {
    expect(() => opensslEngineSigner({ keyPath: fixtureKeyPath, certificatePem: 'MIIB…' })).toThrow(
      expect.objectContaining({ code: 'bad-certificate' }),
    );
  });
});

describe.skipIf(!engine)('opensslEngineSigner with the engine', () => {
  it('signs with a key file, verifiably', async () => {
    const signature = await opensslEngineSigner({ keyPath: fixtureKeyPath, certificatePem: fixture.certificatePem }).sign(message);

    expect(await pureJsVerifier().verify(message, signature, fixture.certificatePem)).toBe(true);
  });

  it('leaves no copy of a PEM key behind, after a signature and after a failure', async () => {
    await opensslEngineSigner({ ...fixture, temporaryDirectory: directory }).sign(message);
    expect(await readdir(directory)).toEqual([]);

    const failing = opensslEngineSigner({ ...fixture, temporaryDirectory: directory, enginePath: join(directory, 'none.so') });
    await expect(failing.sign(message)).rejects.toMatchObject({ code: 'engine-missing' });
    expect(await readdir(directory)).toEqual([]);
  });

  it('says the key is unusable when it is not a private key', async () => {
    const signer = opensslEngineSigner({ keyPem: fixture.certificatePem, certificatePem: fixture.certificatePem });

    await expect(signer.sign(message)).rejects.toMatchObject({ code: 'bad-key' });
  });
});
