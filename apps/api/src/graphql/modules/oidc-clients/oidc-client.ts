import { oidcClientAuthMethods, oidcClientScopes } from '@vhod/domain';
import type { OidcClient } from '@vhod/db';
import type { OidcClientWithSecret } from '../../../oidc-clients/oidc-client-service';
import { builder } from '../../builder';
import { enumValues } from '../../enum-values';

export const OidcClientScopeEnum = builder.enumType('OidcClientScope', {
  description: 'What a system signing its users in through Vhod may receive besides the subject (`openid`).',
  values: enumValues(oidcClientScopes, {
    profile: '`profile`: the person’s full name (family_name, given_name, middle_name, name).',
    school_account: '`school_account`: the account the person entered: role, organisation (id, name, type), class.',
    children: '`children` (parents): each child’s person id, full name, organisation and class.',
  }),
});

export const OidcClientAuthMethodEnum = builder.enumType('OidcClientAuthMethod', {
  description: 'How a system proves itself at the token endpoint.',
  values: enumValues(oidcClientAuthMethods, {
    client_secret_basic: 'A secret Vhod generates (shown once), sent with HTTP Basic or in the body.',
    private_key_jwt: 'A JWT signed with the system’s private key; Vhod keeps only the public keys.',
    none: 'A public client (a mobile or browser app) without a secret: PKCE is required.',
  }),
});

export const OidcClientRef = builder.objectRef<OidcClient>('OidcClient');
OidcClientRef.implement({
  description: 'A regional system that signs its users in through Vhod (Vhod is its OpenID Provider).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID of the registration.' }),
    clientId: t.exposeString('clientId', { description: 'The `client_id` the system sends.' }),
    name: t.exposeString('name', { description: 'The system’s name, shown to people on the consent screen and the portal’s home.' }),
    redirectUris: t.exposeStringList('redirectUris', { description: 'Where the provider may send a code; compared exactly.' }),
    postLogoutRedirectUris: t.exposeStringList('postLogoutRedirectUris', { description: 'Where RP-initiated logout may return to.' }),
    backChannelLogoutUri: t.exposeString('backChannelLogoutUri', {
      nullable: true,
      description: 'Where logout tokens are posted when a Vhod session the system signed into ends; null: not told.',
    }),
    startUrl: t.exposeString('startUrl', {
      nullable: true,
      description: 'The address the family portal links to (trusted systems only); null: not listed.',
    }),
    scopes: t.field({ type: [OidcClientScopeEnum], description: 'What it may receive.', resolve: (client) => client.scopes }),
    trusted: t.exposeBoolean('trusted', { description: 'A first-party regional system: people are not asked to consent.' }),
    authMethod: t.field({ type: OidcClientAuthMethodEnum, description: 'How it authenticates.', resolve: (client) => client.authMethod }),
    secretPrefix: t.exposeString('secretPrefix', {
      nullable: true,
      description: 'The first characters of its current secret; null for a client without one.',
    }),
    pairwise: t.exposeBoolean('pairwise', { description: 'Each person gets a `sub` of this system’s own.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    secretRotatedAt: t.expose('secretRotatedAt', { type: 'DateTime', nullable: true, description: 'When its secret was last replaced.' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; a revoked system stays for the audit log.',
    }),
    lastSignInAt: t.expose('lastSignInAt', { type: 'DateTime', nullable: true, description: 'The last time Vhod handed a person to it.' }),
  }),
});

export const OidcClientWithSecretRef = builder.objectRef<OidcClientWithSecret>('OidcClientWithSecret');
OidcClientWithSecretRef.implement({
  description: 'A system with its new secret: the only time the secret is ever shown.',
  fields: (t) => ({
    client: t.field({ type: OidcClientRef, description: 'The system.', resolve: (result) => result.client }),
    secret: t.exposeString('secret', {
      nullable: true,
      description: 'Its client secret; it cannot be shown again. Null for private_key_jwt and public clients.',
    }),
  }),
});
