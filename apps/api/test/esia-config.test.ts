import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { developmentEsiaCredentials } from '@vhod/gost';
import { describe, expect, it } from 'vitest';
import { loadApiConfig } from '../src/config';
import { ConfigError } from '../src/config-error';
import { productionEsiaEnv } from './support/production-esia-env';

/** The lines of the ConfigError that loading `env` throws, or [] when it loads. */
function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadApiConfig(env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.message.split('\n').slice(1)).toEqual(error.problems);
    return [...error.problems];
  }
}
const names = (problems: string[]) => problems.map((line) => line.split(':')[0]);

describe('the identity provider’s configuration', () => {
  it('runs development without any setting: the ESIA protocol, the development ESIA and the development signer', () => {
    const { esia } = loadApiConfig({ NODE_ENV: 'development' });
    expect(esia).toMatchObject({
      protocol: 'esia',
      baseUrl: 'http://127.0.0.1:3001',
      issuer: 'http://127.0.0.1:3001/',
      clientId: 'vhod',
      certificatePem: developmentEsiaCredentials().certificatePem,
      signer: { kind: 'development' },
      redirectUri: 'http://127.0.0.1:3000/auth/esia/callback',
      timeoutMs: 10_000,
    });
    expect(esia.scopes).toContain('kid_birth_cert_doc');
  });

  it('loads a complete production configuration with the openssl signer', () => {
    const env = productionEsiaEnv();
    const { esia } = loadApiConfig(env);
    expect(esia).toMatchObject({
      protocol: 'esia',
      baseUrl: 'https://esia-portal1.test.gosuslugi.ru',
      issuer: 'http://esia-portal1.test.gosuslugi.ru/',
      signer: { kind: 'openssl', keyPath: env.ESIA_SIGNER_KEY },
    });
  });

  it('refuses production without any ESIA setting, naming each on its own line', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      VHOD_PUBLIC_ORIGIN: 'https://vhod.example.ru',
      SMTP_URL: 'smtps://smtp.example.ru',
    });
    expect(names(problems)).toEqual([
      'ESIA_CLIENT_ID',
      'ESIA_BASE_URL',
      'ESIA_ISSUER',
      'ESIA_CERTIFICATE',
      'ESIA_SIGNER',
      'VHOD_OIDC_KEYS',
      'VHOD_OIDC_COOKIE_KEYS',
      'VHOD_OIDC_PAIRWISE_SALT',
    ]);
  });

  it.each([
    [
      'the openssl signer without its key and certificate',
      { ESIA_SIGNER_KEY: undefined, ESIA_SIGNER_CERTIFICATE: undefined },
      ['ESIA_SIGNER_KEY', 'ESIA_SIGNER_CERTIFICATE'],
    ],
    ['a signing service without its URL', { ESIA_SIGNER: 'service', ESIA_SIGNER_KEY: undefined }, ['ESIA_SIGNING_SERVICE_URL']],
    ['the development signer', { ESIA_SIGNER: 'development' }, ['ESIA_SIGNER']],
    ['an unknown signer', { ESIA_SIGNER: 'cryptopro' }, ['ESIA_SIGNER']],
    ['ESIA over plain http', { ESIA_BASE_URL: 'http://esia.example.ru' }, ['ESIA_BASE_URL']],
    ['a key file that cannot be read', { ESIA_SIGNER_KEY: '/nonexistent/key.pem' }, ['ESIA_SIGNER_KEY']],
    ['an ESIA certificate file that is not one', { ESIA_CERTIFICATE: '/dev/null' }, ['ESIA_CERTIFICATE']],
    ['an unknown protocol', { ESIA_PROTOCOL: 'saml' }, ['ESIA_PROTOCOL']],
  ])('refuses production with %s', (_name, change, expected) => {
    expect(names(problemsOf({ ...productionEsiaEnv(), ...change }))).toEqual(expected);
  });

  it('keeps the OpenID Connect mode with its issuer and client secret, required in production', () => {
    expect(loadApiConfig({ ESIA_PROTOCOL: 'oidc', ESIA_ISSUER: 'http://127.0.0.1:4000' }).esia).toMatchObject({
      protocol: 'oidc',
      issuer: 'http://127.0.0.1:4000',
      clientSecret: 'vhod-dev-secret',
      allowInsecureRequests: true,
    });
    const {
      ESIA_SIGNER: _signer,
      ESIA_BASE_URL: _base,
      ESIA_CERTIFICATE: _certificate,
      ESIA_ISSUER: _issuer,
      ...rest
    } = productionEsiaEnv();
    const problems = problemsOf({ ...rest, ESIA_CLIENT_ID: undefined, ESIA_PROTOCOL: 'oidc' });
    expect(names(problems)).toEqual(['ESIA_CLIENT_ID', 'ESIA_ISSUER', 'ESIA_CLIENT_SECRET']);
  });

  it('stops a production start with a missing signer setting: exit status 1 and the names on stderr', () => {
    const { ESIA_SIGNER_KEY: _missing, ...env } = productionEsiaEnv();
    const script = fileURLToPath(new URL('../src/check-config.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toContain(
      `ESIA_SIGNER_KEY: not set (path of the GOST R 34.10-2012 private key (PEM) registered with ESIA)`,
    );
    const complete = spawnSync(process.execPath, ['--import', 'tsx', script], {
      env: { PATH: process.env.PATH, ...productionEsiaEnv() },
      encoding: 'utf8',
    });
    expect(complete.status).toBe(0);
    expect(complete.stdout).toMatch(/ESIA protocol esia, signer openssl/);
  });
});
