import { DomainError } from '@vhod/domain';
import { ValidationError } from '../../../validation/validation-error';
import { builder } from '../../builder';
import { requireStaff } from '../../shared/access/require-staff';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { connectionTypes } from '../../shared/pagination/connection-types';
import { keysetConnection } from '../../shared/pagination/keyset-connection';
import { ApiClientRef, ApiClientScopeEnum, ApiClientWithSecretRef, CurrentApiClientRef } from './api-client';

builder.queryField('apiClients', (t) =>
  t.connection(
    {
      type: ApiClientRef,
      description: '«Клиенты API»: every third-party client of the region, newest first (the regional administrator).',
      authScopes: { apiClientAdmin: true },
      resolve: (_root, args, context) =>
        keysetConnection(context, args, async () => context.services.apiClients.list(await requireStaff(context), args)),
    },
    ...connectionTypes('ApiClient', 'API clients'),
  ),
);

builder.queryField('apiClient', (t) =>
  t.field({
    type: ApiClientRef,
    nullable: true,
    description: 'One API client; null when there is no such client.',
    authScopes: { apiClientAdmin: true },
    args: { id: t.arg.id({ required: true, description: 'The client’s ID.' }) },
    resolve: async (_root, { id }, context) => context.services.apiClients.get(await requireStaff(context), String(id)),
  }),
);

builder.queryField('currentApiClient', (t) =>
  t.field({
    type: CurrentApiClientRef,
    nullable: true,
    description: 'The API client whose bearer secret came with this request; null without one. A quick way to check a secret.',
    resolve: (_root, _args, context) => context.apiClient,
  }),
);

const ApiClientInput = builder.inputType('ApiClientInput', {
  description: 'A new API client. Field errors come back as ValidationError.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Who the client is; up to 100 characters.' }),
    scopes: t.field({ type: [ApiClientScopeEnum], required: true, description: 'At least one.' }),
    organisationIds: t.idList({ required: false, description: 'The organisations it may see; null (omitted) means every organisation.' }),
    rateLimitPerMinute: t.int({ required: false, description: 'Requests per minute, 1–6000 (default 60).' }),
  }),
});

builder.mutationField('createApiClient', (t) =>
  t.field({
    type: ApiClientWithSecretRef,
    description: 'Creates a client and returns its secret, once. Audited.',
    authScopes: { apiClientAdmin: true },
    errors: mutationErrors([DomainError, ValidationError], 'The new client and its secret.'),
    args: {
      input: t.arg({ type: ApiClientInput, required: true, description: 'The client’s name, scopes, organisations and rate limit.' }),
    },
    resolve: async (_root, { input }, context) =>
      context.services.apiClients.create(
        await requireStaff(context),
        {
          ...input,
          organisationIds: input.organisationIds?.map(String) ?? null,
          rateLimitPerMinute: input.rateLimitPerMinute ?? undefined,
        },
        context.meta,
      ),
  }),
);

builder.mutationField('rotateApiClientSecret', (t) =>
  t.field({
    type: ApiClientWithSecretRef,
    description: 'Replaces the client’s secret; the old one stops working at once. Returns the new secret, once. Audited.',
    authScopes: { apiClientAdmin: true },
    errors: mutationErrors([DomainError], 'The client and its new secret.'),
    args: { id: t.arg.id({ required: true, description: 'The client’s ID.' }) },
    resolve: async (_root, { id }, context) =>
      context.services.apiClients.rotateSecret(await requireStaff(context), String(id), context.meta),
  }),
);

builder.mutationField('revokeApiClient', (t) =>
  t.field({
    type: ApiClientRef,
    description: 'Revokes the client for good: its next request is refused. Audited.',
    authScopes: { apiClientAdmin: true },
    errors: mutationErrors([DomainError], 'The revoked client.'),
    args: { id: t.arg.id({ required: true, description: 'The client’s ID.' }) },
    resolve: async (_root, { id }, context) => context.services.apiClients.revoke(await requireStaff(context), String(id), context.meta),
  }),
);
