import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentClientCredentials, developmentEsiaCredentials } from '@vhod/gost';

/**
 * A complete production configuration (the database and mail relay only named, never reached) for the ESIA protocol
 * with the openssl signer, its key and certificates written to a fresh directory (the development ones: the files only
 * have to exist and be PEM), and the OpenID Provider's own keys and secrets.
 */
export function productionEsiaEnv(): Record<string, string> {
  const directory = mkdtempSync(join(tmpdir(), 'vhod-esia-config-'));
  const file = (name: string, contents: string) => {
    writeFileSync(join(directory, name), contents, { mode: 0o600 });
    return join(directory, name);
  };
  const client = developmentClientCredentials();
  return {
    NODE_ENV: 'production',
    VHOD_PUBLIC_ORIGIN: 'https://vhod.example.ru',
    DATABASE_URL: 'postgres://vhod@db.example.ru:5432/vhod',
    SMTP_URL: 'smtps://vhod:secret@smtp.example.ru:465',
    ESIA_BASE_URL: 'https://esia-portal1.test.gosuslugi.ru',
    ESIA_CLIENT_ID: 'VHOD01',
    ESIA_ISSUER: 'http://esia-portal1.test.gosuslugi.ru/',
    ESIA_CERTIFICATE: file('esia.cert.pem', developmentEsiaCredentials().certificatePem),
    ESIA_SIGNER: 'openssl',
    ESIA_SIGNER_KEY: file('client.key.pem', client.keyPem),
    ESIA_SIGNER_CERTIFICATE: file('client.cert.pem', client.certificatePem),
    VHOD_OIDC_KEYS: file('oidc.jwks.json', JSON.stringify({ keys: [productionSigningKey()] })),
    VHOD_OIDC_COOKIE_KEYS: 'a-production-cookie-key-of-at-least-32-characters',
    VHOD_OIDC_PAIRWISE_SALT: 'a-production-pairwise-salt-of-at-least-32-characters',
  };
}

function productionSigningKey() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid: 'production-test', use: 'sig', alg: 'ES256' };
}
