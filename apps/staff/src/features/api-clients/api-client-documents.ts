import { graphql } from '@vhod/ui/graphql';

export const ApiClientsQuery = graphql(`
  query ApiClients($first: Int, $after: String) {
    apiClients(first: $first, after: $after) {
      edges {
        node {
          id name scopes allOrganisations
          organisations { id name }
          secretPrefix rateLimitPerMinute createdAt secretRotatedAt revokedAt lastUsedAt
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CreateApiClientMutation = graphql(`
  mutation CreateApiClient($input: ApiClientInput!) {
    createApiClient(input: $input) {
      __typename
      ... on MutationCreateApiClientSuccess { data { secret client { id name } } }
      ... on ValidationError { fieldErrors { field code message } }
      ... on DomainError { code message }
    }
  }
`);

export const RotateApiClientSecretMutation = graphql(`
  mutation RotateApiClientSecret($id: ID!) {
    rotateApiClientSecret(id: $id) {
      __typename
      ... on MutationRotateApiClientSecretSuccess { data { secret client { id name secretPrefix secretRotatedAt } } }
      ... on DomainError { code message }
    }
  }
`);

export const RevokeApiClientMutation = graphql(`
  mutation RevokeApiClient($id: ID!) {
    revokeApiClient(id: $id) {
      __typename
      ... on MutationRevokeApiClientSuccess { data { id name revokedAt } }
      ... on DomainError { code message }
    }
  }
`);

export const OrganisationTypesQuery = graphql(`
  query ApiClientOrganisationTypes {
    organisationTypes { edges { node { code name } } }
  }
`);

export const OrganisationSearchQuery = graphql(`
  query ApiClientOrganisationSearch($typeCode: OrganisationTypeCode!, $search: String) {
    organisations(typeCode: $typeCode, search: $search, first: 50) { edges { node { id name } } }
  }
`);
