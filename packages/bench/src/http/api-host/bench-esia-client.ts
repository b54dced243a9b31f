/**
 * The relying party the bench registers at its development ESIA. Both hosting modes and both
 * child processes use these, so the API's credentials always match what ESIA knows.
 */
export const benchEsiaClient = { clientId: 'vhod-bench', clientSecret: 'vhod-bench-secret' } as const;

export function callbackUrlOf(apiOrigin: string): string {
  return `${apiOrigin}/auth/esia/callback`;
}

export function esiaSimClientsFor(apiOrigin: string) {
  return [{ ...benchEsiaClient, redirectUris: [callbackUrlOf(apiOrigin)] }];
}
