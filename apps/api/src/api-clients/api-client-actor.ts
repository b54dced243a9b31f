import { apiClientPermissions, type ApiClientScope } from '@vhod/domain';
import type { Reader } from '../access/reader';

/** A third-party system authenticated by its bearer secret, for the length of one request. */
export interface ApiClientActor extends Reader {
  kind: 'api-client';
  clientId: string;
  name: string;
  scopes: readonly ApiClientScope[];
  rateLimitPerMinute: number;
}

export function apiClientActor(client: {
  id: string;
  name: string;
  scopes: ApiClientScope[];
  allOrganisations: boolean;
  organisationIds: string[];
  rateLimitPerMinute: number;
}): ApiClientActor {
  return {
    kind: 'api-client',
    clientId: client.id,
    name: client.name,
    scopes: client.scopes,
    rateLimitPerMinute: client.rateLimitPerMinute,
    permissions: apiClientPermissions(client.scopes, client.allOrganisations),
    organisationIds: client.allOrganisations ? null : client.organisationIds,
    classId: null,
  };
}
