import { certificateHash } from '@vhod/gost';
import { esiaScopes } from '../claims';
import type { EsiaSimClient } from '../start-esia-sim';

/** An information system registered for ESIA's own protocol: identified by its certificate, not a secret. */
export interface RegisteredEsiaClient {
  clientId: string;
  certificatePem: string;
  /** ESIA's client_certificate_hash of the certificate: upper-case hex Streebog-256 of the DER. */
  certificateHash: string;
  redirectUris: ReadonlySet<string>;
  postLogoutRedirectUris: ReadonlySet<string>;
  scopes: ReadonlySet<string>;
  confirmedAccountsOnly: boolean;
}

/**
 * The clients registered with a certificate: those speak ESIA's own protocol. Throws a TypeError
 * (or the certificate's SignerError) for a registration the sim could not serve.
 */
export function registerEsiaClients(clients: ReadonlyArray<EsiaSimClient>): ReadonlyMap<string, RegisteredEsiaClient> {
  const registered = new Map<string, RegisteredEsiaClient>();
  for (const client of clients) {
    if (client.certificatePem === undefined) continue;
    const scopes = client.scopes ?? esiaScopes;
    const unknown = scopes.filter((scope) => !(esiaScopes as ReadonlyArray<string>).includes(scope));
    if (unknown.length > 0) {
      throw new TypeError(`esia-sim: client "${client.clientId}" has scopes the sim does not know: ${unknown.join(', ')}`);
    }
    registered.set(client.clientId, {
      clientId: client.clientId,
      certificatePem: client.certificatePem,
      certificateHash: certificateHash(client.certificatePem),
      redirectUris: new Set(client.redirectUris),
      postLogoutRedirectUris: new Set(client.postLogoutRedirectUris ?? []),
      scopes: new Set(scopes),
      confirmedAccountsOnly: client.confirmedAccountsOnly ?? false,
    });
  }
  return registered;
}
