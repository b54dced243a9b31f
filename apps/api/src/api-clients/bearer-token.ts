import { createHash, randomBytes } from 'node:crypto';

/** Marks the string as ours, so secret scanners (and people) recognise a leaked one. */
const secretPrefix = 'vhod_';
/** How much of a secret the console shows: enough to tell two apart, far too little to guess. */
const visiblePrefixLength = secretPrefix.length + 6;

export interface NewApiClientSecret {
  secret: string;
  hash: string;
  visiblePrefix: string;
}

/** 256 bits from the OS CSPRNG; shown once, stored only as its hash. */
export function newApiClientSecret(): NewApiClientSecret {
  const secret = secretPrefix + randomBytes(32).toString('base64url');
  return { secret, hash: hashApiClientSecret(secret), visiblePrefix: secret.slice(0, visiblePrefixLength) };
}

export function hashApiClientSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** The token of `Authorization: Bearer <token>` (RFC 6750: the scheme is case-insensitive); null when malformed. */
export function bearerTokenOf(header: string | null): string | null {
  const match = header?.match(/^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i);
  return match?.[1] ?? null;
}
