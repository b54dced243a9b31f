import { readFileSync } from 'node:fs';

/**
 * The demo client's GOST key and self-signed certificate for the development ESIA, made once with the OpenSSL GOST engine
 * (packages/gost/fixtures, paramset A). The key is public in this repository: it proves nothing and must never be
 * registered at a real ESIA.
 */
export function developmentClientCredentials(): { keyPem: string; certificatePem: string } {
  return fixture('development-client');
}

/**
 * The development ESIA's own key and certificate, with which it signs the tokens it issues (ESIA signs
 * with its GOST key; relying parties verify with its published certificate). Same caveat: public, development only.
 */
export function developmentEsiaCredentials(): { keyPem: string; certificatePem: string } {
  return fixture('development-esia');
}

function fixture(name: string): { keyPem: string; certificatePem: string } {
  return {
    keyPem: readFileSync(new URL(`../fixtures/${name}.key.pem`, import.meta.url), 'utf8'),
    certificatePem: readFileSync(new URL(`../fixtures/${name}.cert.pem`, import.meta.url), 'utf8'),
  };
}
