import { oidcClientScopes } from '@vhod/domain';
import type { Database } from '../client';
import { hashClientSecret, visiblePrefixOf } from '../client-secret';
import { oidcClients } from '../schema/oidc-provider';

/**
 * «Электронный дневник (демо)» (apps/diary-demo) as the region would register it: a trusted
 * first-party system with a start page. Its secret is committed, so it is for the demo only.
 */
export const demoDiary = {
  clientId: 'diary-demo',
  name: 'Электронный дневник (демо)',
  secret: 'vhod_demo-diary-secret-development-only',
} as const;

/**
 * Registers the demo diary at the address it runs on now (the demo's port, or a test's): on a
 * second start only the addresses and the secret change; a revocation made in the console stays.
 */
export async function registerDemoDiary(db: Database, diaryUrl: string): Promise<void> {
  const addresses = {
    redirectUris: [`${diaryUrl}/callback`],
    postLogoutRedirectUris: [`${diaryUrl}/`],
    backChannelLogoutUri: `${diaryUrl}/backchannel-logout`,
    startUrl: `${diaryUrl}/`,
    secretHash: hashClientSecret(demoDiary.secret),
    secretPrefix: visiblePrefixOf(demoDiary.secret),
  };
  await db
    .insert(oidcClients)
    .values({
      clientId: demoDiary.clientId,
      name: demoDiary.name,
      scopes: [...oidcClientScopes],
      trusted: true,
      authMethod: 'client_secret_basic',
      ...addresses,
    })
    .onConflictDoUpdate({ target: oidcClients.clientId, set: addresses });
}
