import { createHash, randomBytes } from 'node:crypto';

/** Marks the string as ours, so secret scanners (and people) recognise a leaked one. */
const secretPrefix = 'vhod_';
/** How much of a secret the console shows: enough to tell two apart, far too little to guess. */
const visiblePrefixLength = secretPrefix.length + 6;

export interface NewClientSecret {
  secret: string;
  hash: string;
  visiblePrefix: string;
}

/**
 * A secret of a system that calls Vhod (an API client, an OpenID Connect client): 256 bits from
 * the OS CSPRNG, shown once, stored only as its hash.
 */
export function newClientSecret(): NewClientSecret {
  const secret = secretPrefix + randomBytes(32).toString('base64url');
  return { secret, hash: hashClientSecret(secret), visiblePrefix: visiblePrefixOf(secret) };
}

/** SHA-256: the secrets are random and long, so a fast hash suffices and finds a client by one index lookup. */
export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function visiblePrefixOf(secret: string): string {
  return secret.slice(0, visiblePrefixLength);
}
