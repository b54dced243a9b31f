import type { apiClientScopes } from '@vhod/domain';
import type { ApiClientActor } from '../../../api-clients/api-client-actor';
import type { ApiClientRecord, ApiClientWithSecret } from '../../../api-clients/api-client-service';
import { builder } from '../../builder';

export const ApiClientScopeEnum = builder.enumType('ApiClientScope', {
  description: 'What an API client may read. Clients never write.',
  values: {
    REQUESTS_READ: { value: 'requests:read', description: 'Access requests of its organisations (without SNILS and documents).' },
    CARDS_READ: {
      value: 'cards:read',
      description: 'Person cards of its organisations (without SNILS and documents) and the unlinked people of a class.',
    },
    STATISTICS_READ: { value: 'statistics:read', description: 'Readiness numbers per organisation and class.' },
    ORGANISATIONS_READ: { value: 'organisations:read', description: 'The directory of organisations and classes.' },
    PERSONAL_DATA_READ: {
      value: 'personal-data:read',
      description: 'SNILS and identity documents wherever the other scopes show a person.',
    },
  } satisfies Record<string, { value: (typeof apiClientScopes)[number]; description: string }>,
});

const ApiClientOrganisationRef = builder.objectRef<{ id: string; name: string }>('ApiClientOrganisation');
ApiClientOrganisationRef.implement({
  description: 'An organisation an API client may see.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The organisation’s stable ID.' }),
    name: t.exposeString('name', { description: 'Its full name.' }),
  }),
});

export const ApiClientRef = builder.objectRef<ApiClientRecord>('ApiClient');
ApiClientRef.implement({
  description: 'A third-party system with its own bearer secret (only its first characters are ever shown again).',
  fields: (t) => ({
    id: t.id({ description: 'Stable ID.', resolve: ({ client }) => client.id }),
    name: t.string({ description: 'Who the client is, e.g. «Министерство образования области».', resolve: ({ client }) => client.name }),
    scopes: t.field({ type: [ApiClientScopeEnum], description: 'What it may read.', resolve: ({ client }) => client.scopes }),
    allOrganisations: t.boolean({
      description: 'True: every organisation of the region; false: only `organisations`.',
      resolve: ({ client }) => client.allOrganisations,
    }),
    organisations: t.field({
      type: [ApiClientOrganisationRef],
      description: 'The organisations it may see when not all of them, by name.',
      resolve: ({ organisations }) => organisations,
    }),
    secretPrefix: t.string({
      description: 'The first characters of its current secret, to tell secrets apart.',
      resolve: ({ client }) => client.secretPrefix,
    }),
    rateLimitPerMinute: t.int({
      description: 'Requests per minute before it gets RATE_LIMITED errors.',
      resolve: ({ client }) => client.rateLimitPerMinute,
    }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was created.', resolve: ({ client }) => client.createdAt }),
    secretRotatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When its secret was last replaced.',
      resolve: ({ client }) => client.secretRotatedAt,
    }),
    revokedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When its access was revoked; a revoked client stays for the audit log.',
      resolve: ({ client }) => client.revokedAt,
    }),
    lastUsedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Its most recent request.',
      resolve: ({ client }) => client.lastUsedAt,
    }),
  }),
});

export const ApiClientWithSecretRef = builder.objectRef<ApiClientWithSecret>('ApiClientWithSecret');
ApiClientWithSecretRef.implement({
  description: 'A client with its new secret: the only time the secret is ever shown.',
  fields: (t) => ({
    client: t.field({ type: ApiClientRef, description: 'The client.', resolve: (result) => result.record }),
    secret: t.exposeString('secret', { description: 'Send it as `Authorization: Bearer <secret>`. It cannot be shown again.' }),
  }),
});

export const CurrentApiClientRef = builder.objectRef<ApiClientActor>('CurrentApiClient');
CurrentApiClientRef.implement({
  description: 'The API client making this request, as its secret identifies it.',
  fields: (t) => ({
    id: t.exposeID('clientId', { description: 'Stable ID of the client.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    scopes: t.field({ type: [ApiClientScopeEnum], description: 'What it may read.', resolve: (client) => [...client.scopes] }),
    organisationIds: t.idList({
      nullable: true,
      description: 'The organisations it may see; null means every organisation of the region.',
      resolve: (client) => (client.organisationIds ? [...client.organisationIds] : null),
    }),
    rateLimitPerMinute: t.exposeInt('rateLimitPerMinute', { description: 'Its request budget per minute.' }),
  }),
});
