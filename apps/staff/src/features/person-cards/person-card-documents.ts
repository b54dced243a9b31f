import { graphql } from '@vhod/ui/graphql';

export const PersonCardsQuery = graphql(`
  query PersonCards($search: String, $first: Int, $after: String) {
    personCards(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          fullName
          birthDate
          accounts { id role organisationName className disabled }
          esiaLink { id }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const UpdatePersonCardMutation = graphql(`
  mutation UpdatePersonCard($id: ID!, $input: PersonCardInput!) {
    updatePersonCard(id: $id, input: $input) {
      __typename
      ... on MutationUpdatePersonCardSuccess { data { id } }
      ... on ValidationError { fieldErrors { field code message } }
      ... on DomainError { code message }
    }
  }
`);

export const UnlinkPersonCardEsiaMutation = graphql(`
  mutation UnlinkPersonCardEsia($id: ID!, $comment: String!) {
    unlinkPersonCardEsia(id: $id, comment: $comment) {
      __typename
      ... on MutationUnlinkPersonCardEsiaSuccess { data { id } }
      ... on ValidationError { fieldErrors { field code message } }
      ... on DomainError { code message }
    }
  }
`);
