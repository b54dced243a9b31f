import { readFileSync } from 'node:fs';

/**
 * The demo client's GOST key and self-signed certificate for the development ESIA, made once with the OpenSSL GOST engine
 * (packages/gost/fixtures, paramset A). The key is public in this repository: it proves nothing and must never be
 * registered at a real ESIA.
 */
export function developmentClientCredentials(): { keyPem: string; certificatePem: string } {
  return {
    keyPem: readFileSync(new URL('../fixtures/development-client.key.pem', import.meta.url), 'utf8'),
    certificatePem: readFileSync(new URL('../fixtures/development-client.cert.pem', import.meta.url), 'utf8'),
  };
}
