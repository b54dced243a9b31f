import { DomainError } from '@vhod/domain';
import { ValidationError } from '../../../validation/validation-error';
import { builder } from '../../builder';
import { requireStaff } from '../../shared/access/require-staff';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { connectionTypes } from '../../shared/pagination/connection-types';
import { keysetConnection } from '../../shared/pagination/keyset-connection';
import { OidcClientAuthMethodEnum, OidcClientRef, OidcClientScopeEnum, OidcClientWithSecretRef } from './oidc-client';

builder.queryField('oidcClients', (t) =>
  t.connection(
    {
      type: OidcClientRef,
      description: '«Системы входа»: every system signing its users in through Vhod, newest first (the regional administrator).',
      authScopes: { apiClientAdmin: true },
      resolve: (_root, args, context) =>
        keysetConnection(context, args, async () => context.services.oidcClients.list(await requireStaff(context), args)),
    },
    ...connectionTypes('OidcClient', 'systems signing in through Vhod'),
  ),
);

const OidcClientInput = builder.inputType('OidcClientInput', {
  description: 'A new system. Field errors come back as ValidationError.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The system’s name as people know it; up to 100 characters.' }),
    redirectUris: t.stringList({ required: true, description: '1–10 redirect URIs: https (plain http only on 127.0.0.1), no fragment.' }),
    postLogoutRedirectUris: t.stringList({ required: false, description: 'Addresses RP-initiated logout may return to.' }),
    backChannelLogoutUri: t.string({ required: false, description: 'Where to post logout tokens; omitted: the system is not told.' }),
    startUrl: t.string({ required: false, description: 'The family portal’s link to the system (shown for trusted systems).' }),
    scopes: t.field({ type: [OidcClientScopeEnum], required: true, description: 'What it may receive besides `openid`.' }),
    trusted: t.boolean({ required: true, description: 'A first-party regional system: no consent screen.' }),
    authMethod: t.field({ type: OidcClientAuthMethodEnum, required: true, description: 'How it authenticates at the token endpoint.' }),
    jwks: t.string({ required: false, description: 'For private_key_jwt: its public key set as JSON ({"keys": [...]}).' }),
    pairwise: t.boolean({ required: false, description: 'Give each person a `sub` of this system’s own (default false).' }),
  }),
});

builder.mutationField('createOidcClient', (t) =>
  t.field({
    type: OidcClientWithSecretRef,
    description: 'Registers a system and returns its secret, once. Audited.',
    authScopes: { apiClientAdmin: true },
    errors: mutationErrors([DomainError, ValidationError], 'The new system and its secret.'),
    args: { input: t.arg({ type: OidcClientInput, required: true, description: 'The system’s settings.' }) },
    resolve: async (_root, { input }, context) =>
      context.services.oidcClients.create(
        await requireStaff(context),
        {
          ...input,
          postLogoutRedirectUris: input.postLogoutRedirectUris ?? [],
          backChannelLogoutUri: input.backChannelLogoutUri || null,
          startUrl: input.startUrl || null,
          jwks: input.jwks || null,
          pairwise: input.pairwise ?? false,
        },
        context.meta,
      ),
  }),
);

builder.mutationField('rotateOidcClientSecret', (t) =>
  t.field({
    type: OidcClientWithSecretRef,
    description: 'Replaces the system’s secret; the old one stops working at once. Returns the new secret, once. Audited.',
    authScopes: { apiClientAdmin: true },
    errors: mutationErrors([DomainError], 'The system and its new secret.'),
    args: { id: t.arg.id({ required: true, description: 'The registration’s ID.' }) },
    resolve: async (_root, { id }, context) =>
      context.services.oidcClients.rotateSecret(await requireStaff(context), String(id), context.meta),
  }),
);

builder.mutationField('revokeOidcClient', (t) =>
  t.field({
    type: OidcClientRef,
    description: 'Revokes the system for good: its sign-ins, codes and tokens are refused from the next request. Audited.',
    authScopes: { apiClientAdmin: true },
    errors: mutationErrors([DomainError], 'The revoked system.'),
    args: { id: t.arg.id({ required: true, description: 'The registration’s ID.' }) },
    resolve: async (_root, { id }, context) => context.services.oidcClients.revoke(await requireStaff(context), String(id), context.meta),
  }),
);
