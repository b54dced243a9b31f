import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the OS CSPRNG: far above ASVS's 128-bit floor. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a database leak does not hand out live sessions. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
