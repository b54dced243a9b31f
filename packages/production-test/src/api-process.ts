import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pnpmCommand, repositoryRoot } from './repository';

export interface ApiProcess {
  /** `pnpm start`: the process the test started. */
  pnpm: ChildProcess;
  /** The API's own process id, from its `started` log line (pnpm does not pass SIGTERM on to its script). */
  pid: number;
  /** Every JSON line the API wrote on stdout so far. */
  lines: Array<Record<string, unknown>>;
  /** Everything it wrote on stderr so far. */
  stderr(): string;
  /** Resolves with pnpm's exit code, which is the API's. */
  exited: Promise<number | null>;
}

/** Runs `pnpm start` in the repository with exactly `env`, and waits for the API's `started` line (or its death). */
export async function startApi(env: Record<string, string>): Promise<ApiProcess> {
  const pnpm = pnpmCommand();
  const child = spawn(pnpm.command, [...pnpm.args, '--silent', 'start'], { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const started = new Promise<number>((done, fail) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      lines.push(parsed);
      if (parsed.msg === 'started') done(Number(parsed.pid));
    });
    void exited.then((code) => fail(new Error(`pnpm start exited with ${code} before the API started:\n${stderr}`)));
  });
  return { pnpm: child, pid: await started, lines, stderr: () => stderr, exited };
}

const fixtures = join(repositoryRoot, 'packages/gost/fixtures');

/** ESIA's settings for production: signed with the development client key through OpenSSL, as a region signs with its own. */
export function esiaSettings({ baseUrl, issuer, clientId = 'vhod' }: { baseUrl: string; issuer: string; clientId?: string }) {
  return {
    ESIA_BASE_URL: baseUrl,
    ESIA_CLIENT_ID: clientId,
    ESIA_ISSUER: issuer,
    ESIA_CERTIFICATE: join(fixtures, 'development-esia.cert.pem'),
    ESIA_SIGNER: 'openssl',
    ESIA_SIGNER_KEY: join(fixtures, 'development-client.key.pem'),
    ESIA_SIGNER_CERTIFICATE: join(fixtures, 'development-client.cert.pem'),
  };
}

let oidcKeysFile: string | undefined;

/**
 * The OpenID Provider's settings for production: a freshly generated signing key (written once per test run, so every
 * instance of a test publishes and signs with the same one) and cookie keys and a pairwise salt of the required length.
 */
export function oidcProviderSettings() {
  if (!oidcKeysFile) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'production-test', use: 'sig', alg: 'ES256' };
    oidcKeysFile = join(mkdtempSync(join(tmpdir(), 'vhod-oidc-keys-')), 'oidc-keys.json');
    writeFileSync(oidcKeysFile, JSON.stringify({ keys: [jwk] }), { mode: 0o600 });
  }
  return {
    VHOD_OIDC_KEYS: oidcKeysFile,
    VHOD_OIDC_COOKIE_KEYS: 'production-test-cookie-key-of-32-characters-or-more',
    VHOD_OIDC_PAIRWISE_SALT: 'production-test-pairwise-salt-of-32-characters-or-more',
  };
}

/**
 * The environment of one production instance, as /etc/vhod/vhod.env and the unit give it (docs/operations.md): only
 * PATH and HOME from the test's own environment.
 */
export function productionEnv({
  databaseUrl,
  publicOrigin,
  port,
  smtpUrl,
  esia,
  extraCaCertificates,
  more = {},
}: {
  databaseUrl: string;
  publicOrigin: string;
  port: number;
  smtpUrl: string;
  esia: { baseUrl: string; issuer: string };
  /** NODE_EXTRA_CA_CERTS: the test's TLS fronts (ESIA, mail) stand in for a region's own CA. */
  extraCaCertificates?: string;
  more?: Record<string, string>;
}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    VHOD_PUBLIC_ORIGIN: publicOrigin,
    VHOD_PORT: String(port),
    VHOD_TRUSTED_PROXIES: '127.0.0.1/32',
    SMTP_URL: smtpUrl,
    ...esiaSettings(esia),
    ...oidcProviderSettings(),
    ...(extraCaCertificates ? { NODE_EXTRA_CA_CERTS: extraCaCertificates } : {}),
    ...more,
  };
}
