import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { JWK } from 'oidc-provider';

/**
 * A fresh RS256 key for each start: the sim keeps no state between runs, and relying
 * parties fetch the key from jwks_uri, so nothing needs a stable key.
 */
export function generateSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: `esia-sim-${randomUUID()}`, alg: 'RS256', use: 'sig' };
}
