import { graphql } from '@vhod/ui/graphql';

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
