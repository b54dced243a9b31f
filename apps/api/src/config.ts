import { parseDeploymentPolicy, type DeploymentPolicy } from '@vhod/domain';
import { z } from 'zod';
import { ConfigError } from './config-error';
import { readEsiaConfig, type EsiaConfig } from './esia-config';
import { readOidcProviderConfig, type OidcProviderConfig } from './oidc-provider/oidc-provider-config';

/** `https://host[:port]` exactly as a browser sends it in Origin: no path, no trailing slash. */
const originSchema = z
  .url({ protocol: /^https?$/ })
  .refine(
    (value) => new URL(value).origin === value,
    'must be an origin such as https://school.example.ru, without a path or a trailing slash',
  );

const envSchema = z.object({
  VHOD_PUBLIC_ORIGIN: z.url().default('http://127.0.0.1:3000'),
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
  VHOD_TIME_ZONE: z.string().default('Europe/Moscow'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().positive().default(25),
  MAIL_FROM: z.string().default('Сетевой город <no-reply@vhod.local>'),
  VHOD_LOGIN_FLOWS_PER_ADDRESS: z.coerce.number().int().positive().default(50),
  VHOD_LOGIN_FLOWS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  VHOD_READINESS_REFRESH_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(5),
});

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
  /** Where the outbox worker sends email; null: emails wait in the outbox (a warning is printed). */
  email: { host: string; port: number; from: string } | null;
  /** How often the readiness dashboard's numbers are recounted (they are read from that snapshot). */
  readinessRefreshMs: number;
}

/**
 * Reads the configuration from the environment. Throws a ConfigError naming every missing or invalid setting, one per
 * line (in production nothing about ESIA has a default).
 */
export function loadApiConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<{ publicOrigin: string }> = {},
): ApiConfig {
  const parsedEnv = envSchema.safeParse(env);
  if (!parsedEnv.success) {
    throw new ConfigError(parsedEnv.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const parsed = parsedEnv.data;
  const publicOrigin = new URL(overrides.publicOrigin ?? parsed.VHOD_PUBLIC_ORIGIN).origin;
  const production = parsed.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && !publicOrigin.startsWith('https:')) problems.push('VHOD_PUBLIC_ORIGIN: must be https in production');
  if (production && parsed.VHOD_CORS_ORIGINS.some((origin) => !origin.startsWith('https:'))) {
    problems.push('VHOD_CORS_ORIGINS: must be https in production');
  }
  const esia = readEsiaConfig(env, { production, redirectUri: `${publicOrigin}/auth/esia/callback` });
  problems.push(...esia.problems);
  const oidcProvider = readOidcProviderConfig(env, { production, publicOrigin });
  problems.push(...oidcProvider.problems);
  if (esia.config === null || oidcProvider.config === null || problems.length > 0) throw new ConfigError(problems);
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
    policy: parseDeploymentPolicy(env),
    email: parsed.SMTP_HOST ? { host: parsed.SMTP_HOST, port: parsed.SMTP_PORT, from: parsed.MAIL_FROM } : null,
    readinessRefreshMs: parsed.VHOD_READINESS_REFRESH_MINUTES * 60_000,
  };
}
