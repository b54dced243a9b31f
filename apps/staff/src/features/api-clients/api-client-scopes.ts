import type { VariablesOf } from '@vhod/ui/graphql';
import type { CreateApiClientMutation } from './api-client-documents';

export type ApiClientScope = VariablesOf<typeof CreateApiClientMutation>['input']['scopes'][number];

/** The form's and the list's order: from numbers without names to personal data, the one to think twice about. */
export const apiClientScopes = [
  'STATISTICS_READ',
  'ORGANISATIONS_READ',
  'REQUESTS_READ',
  'CARDS_READ',
  'PERSONAL_DATA_READ',
] as const satisfies readonly ApiClientScope[];

/** SNILS and identity documents: marked wherever a scope is offered or shown. */
export const sensitiveScope: ApiClientScope = 'PERSONAL_DATA_READ';
