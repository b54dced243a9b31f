import { accessSync, constants, readFileSync } from 'node:fs';
import { developmentEsiaCredentials } from '@vhod/gost';

/**
 * `esia`: ESIA's own protocol (GOST-signed requests to /aas/oauth2/v2/ac and /v3/te, person data from /rs/prns).
 * `oidc`: a standard OpenID Connect provider, for a region that puts a broker such as Keycloak in front of ESIA.
 */
export const esiaProtocols = ['esia', 'oidc'] as const;
export type EsiaProtocol = (typeof esiaProtocols)[number];

/** How the `client_secret` of ESIA's protocol is signed (packages/gost). */
export type EsiaSignerConfig =
  /** The openssl binary with Debian's GOST engine and a key file: the production default. */
  | { kind: 'openssl'; keyPath: string; certificatePem: string }
  /** An HTTP signing service in front of CryptoPro CSP/DSS or an HSM. */
  | { kind: 'service'; url: string; certificatePem: string }
  /** Pure JavaScript with the committed development key: the demo on a machine with only Node; refused in production. */
  | { kind: 'development' };

interface EsiaClientSettings {
  clientId: string;
  /** ESIA's scope names; what the system asks for (and what the consent page lists). */
  scopes: string[];
  /** This deployment's callback, registered at ESIA. */
  redirectUri: string;
}

export type EsiaConfig =
  | (EsiaClientSettings & {
      protocol: 'esia';
      /** Where ESIA answers, without a trailing slash, e.g. https://esia.gosuslugi.ru. */
      baseUrl: string;
      /** The `iss` ESIA's tokens must carry (real ESIA: http://esia.gosuslugi.ru/, with http and a trailing slash). */
      issuer: string;
      /** ESIA's certificate, whose key signs the tokens. */
      certificatePem: string;
      signer: EsiaSignerConfig;
      /** Every call to ESIA (and to a signing service) gives up after this long. */
      timeoutMs: number;
    })
  | (EsiaClientSettings & {
      protocol: 'oidc';
      issuer: string;
      clientSecret: string;
      /** Plain-http providers are allowed only for the local development ESIA. */
      allowInsecureRequests: boolean;
    });

export type EsiaProtocolConfig = Extract<EsiaConfig, { protocol: 'esia' }>;
export type OidcProtocolConfig = Extract<EsiaConfig, { protocol: 'oidc' }>;

const developmentEsiaUrl = 'http://127.0.0.1:3001';
const defaultScopes =
  'openid fullname birthdate gender snils id_doc email mobile kid_fullname kid_birthdate kid_gender kid_snils kid_birth_cert_doc';
const esiaTimeoutMs = 10_000;

/** What each setting is, for the line that says it is missing. */
const descriptions = {
  ESIA_BASE_URL: "ESIA's address, e.g. https://esia.gosuslugi.ru (test environment: https://esia-portal1.test.gosuslugi.ru)",
  ESIA_CLIENT_ID: "the system's mnemonic registered at ESIA",
  ESIA_ISSUER: "the iss of ESIA's tokens, e.g. http://esia.gosuslugi.ru/ (for ESIA_PROTOCOL=oidc: the provider's issuer URL)",
  ESIA_CERTIFICATE: "path of ESIA's certificate (PEM) that verifies its tokens",
  ESIA_SIGNER: 'openssl (GOST engine and a key file) or service (an HTTP signing service)',
  ESIA_SIGNER_KEY: 'path of the GOST R 34.10-2012 private key (PEM) registered with ESIA',
  ESIA_SIGNER_CERTIFICATE: "path of the system's certificate (PEM) registered at ESIA",
  ESIA_SIGNING_SERVICE_URL: "the signing service's URL",
  ESIA_CLIENT_SECRET: 'the client secret at the OpenID Connect provider',
} as const;
type SettingName = keyof typeof descriptions;

/**
 * Reads the identity provider's settings. Development runs without any (the development ESIA on 127.0.0.1:3001, the
 * committed development key); in production nothing has a default, and every missing or unusable setting is reported
 * at once, one line each.
 */
export function readEsiaConfig(
  env: Record<string, string | undefined>,
  { production, redirectUri }: { production: boolean; redirectUri: string },
): { config: EsiaConfig; problems: [] } | { config: null; problems: string[] } {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  /** The setting's value; else the development default outside production; else a problem (and ''). */
  const required = (name: SettingName, developmentDefault?: () => string): string => {
    const value = read(name);
    if (value !== undefined) return value;
    if (!production && developmentDefault) return developmentDefault();
    problems.push(`${name}: not set (${descriptions[name]})`);
    return '';
  };
  const url = (name: SettingName, value: string): string => {
    if (value === '') return value;
    if (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)) return value;
    problems.push(`${name}: not an http(s) URL`);
    return '';
  };
  const certificateFile = (name: SettingName, path: string): string => {
    if (path === '') return path;
    try {
      const pem = readFileSync(path, 'utf8');
      if (pem.includes('-----BEGIN CERTIFICATE-----')) return pem;
      problems.push(`${name}: ${path} holds no PEM certificate`);
    } catch {
      problems.push(`${name}: cannot read ${path}`);
    }
    return '';
  };

  const protocol = read('ESIA_PROTOCOL') ?? 'esia';
  if (protocol !== 'esia' && protocol !== 'oidc') {
    return { config: null, problems: [`ESIA_PROTOCOL: must be ${esiaProtocols.join(' or ')}, not "${protocol}"`] };
  }
  const client: EsiaClientSettings = {
    clientId: required('ESIA_CLIENT_ID', () => 'vhod'),
    scopes: (read('ESIA_SCOPES') ?? defaultScopes).split(/\s+/).filter(Boolean),
    redirectUri,
  };

  if (protocol === 'oidc') {
    const issuer = url(
      'ESIA_ISSUER',
      required('ESIA_ISSUER', () => developmentEsiaUrl),
    );
    const clientSecret = required('ESIA_CLIENT_SECRET', () => 'vhod-dev-secret');
    if (problems.length > 0) return { config: null, problems };
    return {
      config: { protocol, ...client, issuer, clientSecret, allowInsecureRequests: !production && issuer.startsWith('http:') },
      problems: [],
    };
  }

  const baseUrl = url(
    'ESIA_BASE_URL',
    required('ESIA_BASE_URL', () => developmentEsiaUrl),
  ).replace(/\/+$/, '');
  if (production && baseUrl.startsWith('http:')) problems.push('ESIA_BASE_URL: must be https in production');
  // Real ESIA's iss is not its address (http://esia-portal1.test.gosuslugi.ru/ for the test environment in AISGorod's
  // settings, http://esia.gosuslugi.ru/ in the Python esia-connector's); only the development ESIA's is, so only
  // development defaults to it.
  const issuer = required('ESIA_ISSUER', () => `${baseUrl}/`);
  const certificatePem =
    production || read('ESIA_CERTIFICATE') !== undefined
      ? certificateFile('ESIA_CERTIFICATE', required('ESIA_CERTIFICATE'))
      : developmentEsiaCredentials().certificatePem;
  const signer = readSigner();
  if (problems.length > 0 || signer === null) return { config: null, problems };
  return { config: { protocol, ...client, baseUrl, issuer, certificatePem, signer, timeoutMs: esiaTimeoutMs }, problems: [] };

  function readSigner(): EsiaSignerConfig | null {
    const kind = required('ESIA_SIGNER', () => 'development');
    switch (kind) {
      case 'development':
        if (!production) return { kind };
        problems.push('ESIA_SIGNER: development signs with the public development key and is refused in production');
        return null;
      case 'openssl': {
        const keyPath = required('ESIA_SIGNER_KEY');
        if (keyPath !== '') {
          try {
            accessSync(keyPath, constants.R_OK);
          } catch {
            problems.push(`ESIA_SIGNER_KEY: cannot read ${keyPath}`);
          }
        }
        return { kind, keyPath, certificatePem: certificateFile('ESIA_SIGNER_CERTIFICATE', required('ESIA_SIGNER_CERTIFICATE')) };
      }
      case 'service':
        return {
          kind,
          url: url('ESIA_SIGNING_SERVICE_URL', required('ESIA_SIGNING_SERVICE_URL')),
          certificatePem: certificateFile('ESIA_SIGNER_CERTIFICATE', required('ESIA_SIGNER_CERTIFICATE')),
        };
      case '':
        return null;
      default:
        problems.push(`ESIA_SIGNER: must be openssl, service or development, not "${kind}"`);
        return null;
    }
  }
}
