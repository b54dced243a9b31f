import { graphql, type VariablesOf } from '@vhod/ui/graphql';

export const CreateOidcClientMutation = graphql(`
  mutation CreateOidcClient($input: OidcClientInput!) {
    createOidcClient(input: $input) {
      __typename
      ... on MutationCreateOidcClientSuccess { data { secret client { id clientId name } } }
      ... on ValidationError { fieldErrors { field code message } }
      ... on DomainError { code message }
    }
  }
`);

export const RotateOidcClientSecretMutation = graphql(`
  mutation RotateOidcClientSecret($id: ID!) {
    rotateOidcClientSecret(id: $id) {
      __typename
      ... on MutationRotateOidcClientSecretSuccess { data { secret client { id clientId name secretPrefix secretRotatedAt } } }
      ... on DomainError { code message }
    }
  }
`);

export const RevokeOidcClientMutation = graphql(`
  mutation RevokeOidcClient($id: ID!) {
    revokeOidcClient(id: $id) {
      __typename
      ... on MutationRevokeOidcClientSuccess { data { id name revokedAt } }
      ... on DomainError { code message }
    }
  }
`);

type Input = VariablesOf<typeof CreateOidcClientMutation>['input'];
export type OidcClientScope = Input['scopes'][number];
export type OidcClientAuthMethod = Input['authMethod'];

/** The form's and the list's order: from the name to what a parent's children are. */
export const oidcClientScopes = ['PROFILE', 'SCHOOL_ACCOUNT', 'CHILDREN'] as const satisfies readonly OidcClientScope[];
export const oidcClientAuthMethods = ['CLIENT_SECRET_BASIC', 'PRIVATE_KEY_JWT', 'NONE'] as const satisfies readonly OidcClientAuthMethod[];
