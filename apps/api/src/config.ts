import { DomainError, parseDeploymentPolicy, type DeploymentPolicy } from '@vhod/domain';
import type { SmtpServer } from '@vhod/email';
import { z } from 'zod';
import { ConfigError } from './config-error';
import { readEsiaConfig, type EsiaConfig } from './esia-config';
import { parseTrustedProxies, type TrustedProxies } from './server/trusted-proxies';
import { readOidcProviderConfig, type OidcProviderConfig } from './oidc-provider/oidc-provider-config';

/** `https://host[:port]` exactly as a browser sends it in Origin: no path, no trailing slash. */
const originSchema = z
  .url({ protocol: /^https?$/, error: 'not an http(s) URL' })
  .refine(
    (value) => URL.canParse(value) && new URL(value).origin === value,
    'must be an origin such as https://school.example.ru, without a path or a trailing slash',
  );

const positiveInteger = (error: string) => z.coerce.number({ error }).int({ error }).positive({ error });
const flag = z
  .enum(['true', 'false', '1', '0', ''], { error: 'must be true or false' })
  .default('false')
  .transform((value) => value === 'true' || value === '1');

/** Only what a real zone database knows: a typo would put every cutoff date and age a few hours off. */
function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

const envSchema = z.object({
  VHOD_PUBLIC_ORIGIN: originSchema.default('http://127.0.0.1:3000'),
  VHOD_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(originSchema)),
  NODE_ENV: z.string().default('development'),
  VHOD_TIME_ZONE: z
    .string()
    .default('Europe/Moscow')
    .refine(isIanaTimeZone, 'not an IANA time zone (such as Europe/Moscow or Asia/Yekaterinburg)'),
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .refine(
      (value) => !value || (URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol) && new URL(value).hostname !== ''),
      'must be smtps://user:password@host:465 or smtp://user:password@host:587 (STARTTLS)',
    ),
  MAIL_FROM: z.string().default('Сетевой город <no-reply@vhod.local>'),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine(
      (value) => !value || (URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol)),
      'must be postgres://user:password@host:5432/database',
    ),
  VHOD_HOST: z.string().trim().min(1).default('127.0.0.1'),
  VHOD_PORT: positiveInteger('must be a TCP port').max(65535, 'must be a TCP port').default(3000),
  VHOD_TRUSTED_PROXIES: z.string().default(''),
  VHOD_METRICS: flag,
  VHOD_METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
  VHOD_METRICS_PORT: positiveInteger('must be a TCP port').max(65535, 'must be a TCP port').default(9464),
  VHOD_OUTBOX_STUCK_MINUTES: positiveInteger('must be a whole number of minutes').default(15),
  VHOD_LOGIN_FLOWS_PER_ADDRESS: positiveInteger('must be a positive whole number').default(50),
  VHOD_LOGIN_FLOWS_PER_MINUTE: positiveInteger('must be a positive whole number').default(30),
  VHOD_READINESS_REFRESH_MINUTES: z.coerce
    .number({ error: 'must be a number of minutes' })
    .positive({ error: 'must be a number of minutes' })
    .max(24 * 60, 'must be at most a day (1440)')
    .default(5),
});

/** Settings the API no longer reads, with what replaced them: a stale deployment file fails loudly instead of silently. */
const replacedSettings: Record<string, string> = {
  SMTP_HOST: 'replaced by SMTP_URL (smtps://user:password@host:465 or smtp://…:587 with STARTTLS)',
  SMTP_PORT: 'replaced by SMTP_URL (smtps://user:password@host:465 or smtp://…:587 with STARTTLS)',
};

export interface ApiConfig {
  publicOrigin: string;
  /**
   * Pages that may call the API with the session cookie: the public origin (both SPAs are served
   * from it) and VHOD_CORS_ORIGINS. Only they get a CORS grant, and a cookie POST must come from one.
   */
  allowedOrigins: string[];
  /** Cookies get `Secure` whenever the public origin is https; plain http is only for local development. */
  secureCookies: boolean;
  production: boolean;
  /** The deployment's time zone: cutoff dates and ages are calendar days there. */
  timeZone: string;
  /** The identity provider: ESIA's own protocol, or OpenID Connect through a broker (`esia-config.ts`). */
  esia: EsiaConfig;
  /** Vhod as the OpenID Provider of the regional systems (`oidc-provider/oidc-provider-config.ts`). */
  oidcProvider: OidcProviderConfig;
  sessions: {
    idleTimeoutMs: number;
    absoluteTimeoutMs: number;
    pendingTimeoutMs: number;
    loginFlowTimeoutMs: number;
  };
  /** Sign-ins started from one client address (an IPv6 /64): open at once, and per minute. */
  loginFlowLimits: { openPerAddress: number; startsPerMinute: number };
  policy: DeploymentPolicy;
  /** Where the outbox worker sends email; null: emails wait in the outbox (a warning is printed; production requires it). */
  email: { smtp: SmtpServer; from: string } | null;
  /** How often the readiness dashboard's numbers are recounted (they are read from that snapshot). */
  readinessRefreshMs: number;
  /** Peers whose X-Forwarded-For / X-Forwarded-Proto / X-Request-Id are believed (the reverse proxy). */
  trustedProxies: TrustedProxies;
  /** The production entry point (main.ts): where it listens and which PostgreSQL it opens. */
  server: { host: string; port: number; databaseUrl: string | undefined };
  /** Prometheus metrics on a port of their own, off unless VHOD_METRICS=true. */
  metrics: { enabled: boolean; host: string; port: number };
  /** /readyz fails when the oldest email waiting to be sent is older than this. */
  outboxStuckAfterMs: number;
}

export interface LoadApiConfigOptions {
  publicOrigin?: string;
  /** The production entry point needs a PostgreSQL server; the demo and tests bring their own database. */
  requireDatabase?: boolean;
}

/**
 * Reads the configuration from the environment. Throws a ConfigError naming every missing or invalid setting, one per
 * line (in production nothing about ESIA has a default).
 */
export function loadApiConfig(env: Record<string, string | undefined> = process.env, options: LoadApiConfigOptions = {}): ApiConfig {
  const problems: string[] = [];
  const parsedEnv = envSchema.safeParse(env);
  if (!parsedEnv.success) {
    // One line per setting, in the order of the schema: `NAME: what is wrong`.
    const seen = new Set<string>();
    for (const issue of parsedEnv.error.issues) {
      const name = String(issue.path[0]);
      if (seen.has(name)) continue;
      seen.add(name);
      problems.push(`${name}: ${issue.message}`);
    }
  }
  for (const [name, replacement] of Object.entries(replacedSettings)) {
    if (env[name]?.trim()) problems.push(`${name}: ${replacement}`);
  }
  const parsed = parsedEnv.success ? parsedEnv.data : undefined;
  const production = (env.NODE_ENV ?? 'development') === 'production';
  // A public origin that is not even a URL has its own line already; the checks below look only at a valid one.
  const origin = envSchema.shape.VHOD_PUBLIC_ORIGIN.safeParse(env.VHOD_PUBLIC_ORIGIN);
  const publicOrigin = new URL(options.publicOrigin ?? (origin.success ? origin.data : 'http://127.0.0.1:3000')).origin;
  if (production && (origin.success || options.publicOrigin) && !publicOrigin.startsWith('https:'))
    problems.push('VHOD_PUBLIC_ORIGIN: must be https in production');
  if (production && parsed?.VHOD_CORS_ORIGINS.some((origin) => !origin.startsWith('https:'))) {
    problems.push('VHOD_CORS_ORIGINS: must be https in production');
  }
  const smtpUrl = env.SMTP_URL?.trim();
  if (production && !smtpUrl) {
    problems.push('SMTP_URL: not set (the mail relay, e.g. smtps://user:password@smtp.example.ru:465)');
  }
  if (production && smtpUrl && /[?&](ignoreTLS|secure=false|tls\.)/i.test(smtpUrl)) {
    problems.push('SMTP_URL: options that weaken TLS are refused in production');
  }
  if (options.requireDatabase && !env.DATABASE_URL?.trim()) {
    problems.push('DATABASE_URL: not set (postgres://user:password@host:5432/database)');
  }
  const trustedProxies = parseTrustedProxies(env.VHOD_TRUSTED_PROXIES ?? '');
  if (!trustedProxies.ok) problems.push(`VHOD_TRUSTED_PROXIES: ${trustedProxies.problem}`);
  let policy: DeploymentPolicy | undefined;
  try {
    policy = parseDeploymentPolicy(env);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'invalid-configuration') throw error;
    for (const name of (error.details?.variables as string[] | undefined) ?? [])
      problems.push(`${name}: ${policyProblems[name] ?? 'invalid'}`);
  }
  const esia = readEsiaConfig(env, { production, redirectUri: `${publicOrigin}/auth/esia/callback` });
  problems.push(...esia.problems);
  const oidcProvider = readOidcProviderConfig(env, { production, publicOrigin });
  problems.push(...oidcProvider.problems);
  if (!parsed || !policy || !trustedProxies.ok || esia.config === null || oidcProvider.config === null || problems.length > 0)
    throw new ConfigError(problems);
  return {
    publicOrigin,
    allowedOrigins: [...new Set([publicOrigin, ...parsed.VHOD_CORS_ORIGINS])],
    secureCookies: publicOrigin.startsWith('https:'),
    production,
    timeZone: parsed.VHOD_TIME_ZONE,
    esia: esia.config,
    oidcProvider: oidcProvider.config,
    sessions: {
      idleTimeoutMs: 30 * 60_000,
      absoluteTimeoutMs: 12 * 60 * 60_000,
      pendingTimeoutMs: 30 * 60_000,
      loginFlowTimeoutMs: 10 * 60_000,
    },
    loginFlowLimits: { openPerAddress: parsed.VHOD_LOGIN_FLOWS_PER_ADDRESS, startsPerMinute: parsed.VHOD_LOGIN_FLOWS_PER_MINUTE },
    policy,
    email: parsed.SMTP_URL
      ? // Clear text only for the development sink: outside production a plain smtp:// server without STARTTLS is accepted.
        { smtp: { url: parsed.SMTP_URL, plainTextAllowed: !production }, from: parsed.MAIL_FROM }
      : null,
    readinessRefreshMs: parsed.VHOD_READINESS_REFRESH_MINUTES * 60_000,
    trustedProxies: trustedProxies.proxies,
    server: { host: parsed.VHOD_HOST, port: parsed.VHOD_PORT, databaseUrl: parsed.DATABASE_URL || undefined },
    metrics: { enabled: parsed.VHOD_METRICS, host: parsed.VHOD_METRICS_HOST, port: parsed.VHOD_METRICS_PORT },
    outboxStuckAfterMs: parsed.VHOD_OUTBOX_STUCK_MINUTES * 60_000,
  };
}

const policyProblems: Record<string, string> = {
  VHOD_SELF_LINK_CUTOFF: 'must be a date YYYY-MM-DD',
  VHOD_LEGACY_SIGN_IN_UNDER_14: 'must be true or false',
  VHOD_REGION_NAME: 'must not be blank',
};
