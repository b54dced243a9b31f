import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JWK } from 'oidc-provider';

/** Vhod as the OpenID Provider of the regional systems (docs/oidc-provider.md). */
export interface OidcProviderConfig {
  /** `<public origin>/oidc`: discovery is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** Private signing keys; the first signs, all are published (old keys stay until their tokens have expired). */
  keys: JWK[];
  /** Sign oidc-provider's cookies; the first signs, all verify (rotation). Every API instance needs the same. */
  cookieKeys: string[];
  /** Keeps pairwise subjects stable and unguessable; changing it changes every pairwise `sub`. */
  pairwiseSalt: string;
  /**
   * oidc-provider refuses to post back-channel logouts to special-use addresses (SSRF protection);
   * the demo's diary listens on 127.0.0.1, so development allows that.
   */
  allowLoopbackBackChannel: boolean;
}

const developmentKeysPath = fileURLToPath(new URL('./development-only-jwks.json', import.meta.url));
const developmentCookieKey = 'development-only-oidc-cookie-key-never-in-production';
const developmentPairwiseSalt = 'development-only-pairwise-salt-never-in-production';
const minimumSecretLength = 32;

const descriptions = {
  VHOD_OIDC_KEYS: 'path of a JWKS file with the private keys that sign ID tokens (RS256/PS256/ES256; the first signs)',
  VHOD_OIDC_COOKIE_KEYS: `comma-separated secrets of at least ${minimumSecretLength} characters that sign the provider's cookies (the first signs)`,
  VHOD_OIDC_PAIRWISE_SALT: `a secret of at least ${minimumSecretLength} characters that derives pairwise subjects; never change it`,
} as const;

/** Members without which a key cannot sign. */
const privateMembers: Record<string, string> = { RSA: 'd', EC: 'd', OKP: 'd' };

/**
 * Reads the provider's settings. Development uses the committed development keys; production has no defaults, and
 * refuses the development key even when it is named explicitly.
 */
export function readOidcProviderConfig(
  env: Record<string, string | undefined>,
  { production, publicOrigin }: { production: boolean; publicOrigin: string },
): { config: OidcProviderConfig; problems: [] } | { config: null; problems: string[] } {
  const problems: string[] = [];
  const missing = (name: keyof typeof descriptions) => problems.push(`${name}: missing — ${descriptions[name]}`);

  const keysPath = env.VHOD_OIDC_KEYS || (production ? undefined : developmentKeysPath);
  let keys: JWK[] = [];
  if (!keysPath) missing('VHOD_OIDC_KEYS');
  else {
    const read = readSigningKeys(keysPath);
    if (typeof read === 'string') problems.push(`VHOD_OIDC_KEYS: ${read}`);
    else keys = read;
  }
  if (production && keys.some((key) => developmentKeyIds.has(String(key.kid)))) {
    problems.push('VHOD_OIDC_KEYS: the committed development key is public and must never sign in production');
  }

  const cookieKeys = (env.VHOD_OIDC_COOKIE_KEYS ?? (production ? '' : developmentCookieKey))
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  if (cookieKeys.length === 0) missing('VHOD_OIDC_COOKIE_KEYS');
  else if (cookieKeys.some((key) => key.length < minimumSecretLength))
    problems.push(`VHOD_OIDC_COOKIE_KEYS: every key needs at least ${minimumSecretLength} characters`);

  const pairwiseSalt = env.VHOD_OIDC_PAIRWISE_SALT || (production ? '' : developmentPairwiseSalt);
  if (!pairwiseSalt) missing('VHOD_OIDC_PAIRWISE_SALT');
  else if (pairwiseSalt.length < minimumSecretLength)
    problems.push(`VHOD_OIDC_PAIRWISE_SALT: needs at least ${minimumSecretLength} characters`);

  if (problems.length > 0) return { config: null, problems };
  return {
    config: { issuer: `${publicOrigin}/oidc`, keys, cookieKeys, pairwiseSalt, allowLoopbackBackChannel: !production },
    problems: [],
  };
}

const developmentKeyIds = new Set((JSON.parse(readFileSync(developmentKeysPath, 'utf8')) as { keys: JWK[] }).keys.map((key) => key.kid));

/** The keys of a private JWKS file, or what is wrong with it (never the key material itself). */
function readSigningKeys(path: string): JWK[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return `cannot read a JSON key set at ${path} (${(error as NodeJS.ErrnoException).code ?? 'invalid JSON'})`;
  }
  const keys = (parsed as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length === 0) return `${path} holds no "keys"`;
  for (const [index, key] of (keys as JWK[]).entries()) {
    if (typeof key !== 'object' || key === null || typeof key.kid !== 'string' || key.kid === '') return `key ${index} has no "kid"`;
    const member = privateMembers[String(key.kty)];
    if (!member) return `key ${key.kid}: unsupported "kty" ${String(key.kty)}`;
    if (!(member in key)) return `key ${key.kid} is a public key; the provider needs the private one to sign`;
  }
  if (new Set((keys as JWK[]).map((key) => key.kid)).size !== keys.length) return 'two keys share a "kid"';
  return keys as JWK[];
}
