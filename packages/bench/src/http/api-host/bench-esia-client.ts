import { developmentClientCredentials } from '@vhod/gost';

/**
 * The relying party the bench registers at its development ESIA, by the development client
 * certificate (ESIA's protocol, what production takes). Both hosting modes and both child
 * processes use these, so the API's signatures always match what ESIA knows.
 */
export const benchEsiaClient = { clientId: 'vhod-bench', certificatePem: developmentClientCredentials().certificatePem } as const;

export function callbackUrlOf(apiOrigin: string): string {
  return `${apiOrigin}/auth/esia/callback`;
}

export function esiaSimClientsFor(apiOrigin: string) {
  return [{ ...benchEsiaClient, redirectUris: [callbackUrlOf(apiOrigin)] }];
}
