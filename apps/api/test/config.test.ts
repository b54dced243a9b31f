import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadApiConfig } from '../src/config';
import { ConfigError } from '../src/config-error';
import { productionEsiaEnv } from './support/production-esia-env';

function problemsOf(env: Record<string, string | undefined>, options = {}): string[] {
  try {
    loadApiConfig(env, options);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [...error.problems];
  }
}

describe('configuration that fails fast and reads well (issue 14 item 3)', () => {
  it('reports every bad setting at once, one line each naming the variable, never a dump of validation issues', () => {
    const problems = problemsOf({
      ...productionEsiaEnv(),
      VHOD_TIME_ZONE: 'Moscow',
      VHOD_PUBLIC_ORIGIN: 'vhod.example.ru',
      SMTP_URL: 'mail.example.ru:25',
      SMTP_HOST: 'mail.example.ru',
      VHOD_PORT: 'eighty',
      VHOD_TRUSTED_PROXIES: '10.0.0.0/33',
      VHOD_SELF_LINK_CUTOFF: '17.03.2025',
    });
    expect(problems).toEqual([
      'VHOD_PUBLIC_ORIGIN: not an http(s) URL',
      'VHOD_TIME_ZONE: not an IANA time zone (such as Europe/Moscow or Asia/Yekaterinburg)',
      'SMTP_URL: must be smtps://user:password@host:465 or smtp://user:password@host:587 (STARTTLS)',
      'VHOD_PORT: must be a TCP port',
      'SMTP_HOST: replaced by SMTP_URL (smtps://user:password@host:465 or smtp://…:587 with STARTTLS)',
      expect.stringMatching(/^VHOD_TRUSTED_PROXIES: .*10\.0\.0\.0\/33/),
      'VHOD_SELF_LINK_CUTOFF: must be a date YYYY-MM-DD',
    ]);
    for (const line of problems) expect(line).not.toMatch(/[{}[\]]|\n/);
  });

  it('needs an https public origin, a mail relay and (for pnpm start) a database in production', () => {
    const { VHOD_PUBLIC_ORIGIN: _o, SMTP_URL: _s, DATABASE_URL: _d, ...env } = productionEsiaEnv();
    expect(problemsOf({ ...env, VHOD_PUBLIC_ORIGIN: 'http://vhod.example.ru' }, { requireDatabase: true })).toEqual([
      'VHOD_PUBLIC_ORIGIN: must be https in production',
      'SMTP_URL: not set (the mail relay, e.g. smtps://user:password@smtp.example.ru:465)',
      'DATABASE_URL: not set (postgres://user:password@host:5432/database)',
    ]);
    expect(problemsOf({ ...env, VHOD_PUBLIC_ORIGIN: 'https://vhod.example.ru', DATABASE_URL: 'mysql://db/vhod' })).toEqual([
      'DATABASE_URL: must be postgres://user:password@host:5432/database',
      'SMTP_URL: not set (the mail relay, e.g. smtps://user:password@smtp.example.ru:465)',
    ]);
  });

  it('sends over TLS in production and in clear text only to a development server without STARTTLS', () => {
    const production = loadApiConfig({ ...productionEsiaEnv(), SMTP_URL: 'smtp://vhod:secret@relay.example.ru:587' });
    expect(production.email?.smtp).toEqual({ url: 'smtp://vhod:secret@relay.example.ru:587', plainTextAllowed: false });
    expect(problemsOf({ ...productionEsiaEnv(), SMTP_URL: 'smtp://relay.example.ru:587?ignoreTLS=true' })).toEqual([
      'SMTP_URL: options that weaken TLS are refused in production',
    ]);
    const development = loadApiConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(development.email?.smtp).toEqual({ url: 'smtp://127.0.0.1:2525', plainTextAllowed: true });
    expect(loadApiConfig({}).email).toBeNull();
  });

  it('reads the proxy, metrics and readiness settings with safe defaults', () => {
    const defaults = loadApiConfig({});
    expect(defaults.trustedProxies.entries).toEqual([]);
    expect(defaults.metrics).toEqual({ enabled: false, host: '127.0.0.1', port: 9464 });
    expect(defaults.server).toEqual({ host: '127.0.0.1', port: 3000, databaseUrl: undefined });
    expect(defaults.outboxStuckAfterMs).toBe(15 * 60_000);
    const set = loadApiConfig({
      VHOD_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8',
      VHOD_METRICS: 'true',
      VHOD_METRICS_PORT: '9100',
      VHOD_OUTBOX_STUCK_MINUTES: '30',
    });
    expect(set.trustedProxies.entries).toEqual(['loopback', '10.0.0.0/8']);
    expect(set.trustedProxies.trusts('10.1.2.3', 0)).toBe(true);
    expect(set.trustedProxies.trusts('192.0.2.1', 0)).toBe(false);
    expect(set.metrics).toEqual({ enabled: true, host: '127.0.0.1', port: 9100 });
    expect(set.outboxStuckAfterMs).toBe(30 * 60_000);
  });

  it('stops pnpm start on a bad configuration with exit status 1 and the lines on stderr', () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH, ...productionEsiaEnv(), VHOD_TIME_ZONE: 'Europe/Nowhere' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    // oidc-provider prints its advice to upgrade on Node 20 as soon as it is loaded (Node 22 and later print nothing).
    const lines = run.stderr
      .trim()
      .split('\n')
      .filter((line) => line !== 'oidc-provider WARNING: Unsupported runtime. Use Node.js v22.x LTS, or a later LTS release.');
    expect(lines).toEqual([
      'The configuration is incomplete or invalid; fix these settings:',
      'VHOD_TIME_ZONE: not an IANA time zone (such as Europe/Moscow or Asia/Yekaterinburg)',
    ]);
  });
});
