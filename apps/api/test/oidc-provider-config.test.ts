import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOidcProviderConfig } from '../src/oidc-provider/oidc-provider-config';
import { productionEsiaEnv } from './support/production-esia-env';

const developmentKeys = fileURLToPath(new URL('../src/oidc-provider/development-only-jwks.json', import.meta.url));
const production = { production: true, publicOrigin: 'https://vhod.example.ru' };

function keyFile(keys: object[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vhod-oidc-config-')), 'jwks.json');
  writeFileSync(file, JSON.stringify({ keys }));
  return file;
}

describe('the OpenID Provider’s configuration', () => {
  it('runs development with the committed development key, the issuer under /oidc', () => {
    const { config } = readOidcProviderConfig({}, { production: false, publicOrigin: 'http://127.0.0.1:3000' });
    expect(config).toMatchObject({ issuer: 'http://127.0.0.1:3000/oidc', allowLoopbackBackChannel: true });
    expect(config!.keys.map((key) => key.kid)).toEqual(['vhod-development-2026']);
  });

  it('loads production keys, the first signing, and allows no loopback back-channel', () => {
    const { config } = readOidcProviderConfig(productionEsiaEnv(), production);
    expect(config).toMatchObject({ issuer: 'https://vhod.example.ru/oidc', allowLoopbackBackChannel: false });
    expect(config!.keys[0]!.kid).toBe('production-test');
  });

  it('refuses the development key in production even when it is named', () => {
    const { problems } = readOidcProviderConfig({ ...productionEsiaEnv(), VHOD_OIDC_KEYS: developmentKeys }, production);
    expect(problems).toEqual(['VHOD_OIDC_KEYS: the committed development key is public and must never sign in production']);
  });

  it('refuses a public key, a key without kid and short secrets, naming each setting', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { problems } = readOidcProviderConfig(
      {
        ...productionEsiaEnv(),
        VHOD_OIDC_KEYS: keyFile([{ ...publicKey.export({ format: 'jwk' }), kid: 'public-only' }]),
        VHOD_OIDC_COOKIE_KEYS: 'short',
        VHOD_OIDC_PAIRWISE_SALT: 'short',
      },
      production,
    );
    expect(problems).toEqual([
      'VHOD_OIDC_KEYS: key public-only is a public key; the provider needs the private one to sign',
      'VHOD_OIDC_COOKIE_KEYS: every key needs at least 32 characters',
      'VHOD_OIDC_PAIRWISE_SALT: needs at least 32 characters',
    ]);
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const noKid = readOidcProviderConfig(
      { ...productionEsiaEnv(), VHOD_OIDC_KEYS: keyFile([privateKey.export({ format: 'jwk' })]) },
      production,
    );
    expect(noKid.problems).toEqual(['VHOD_OIDC_KEYS: key 0 has no "kid"']);
  });
});
