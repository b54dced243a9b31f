import { graphql } from '@vhod/ui/graphql';

export const ClientSignInQuery = graphql(`
  query ClientSignIn($interaction: String!) {
    clientSignIn(interaction: $interaction) { clientName scopes consentRequired continuePath declinePath }
  }
`);

export const AllowClientSignInMutation = graphql(`
  mutation AllowClientSignIn($interaction: String!) {
    allowClientSignIn(interaction: $interaction) {
      __typename
      ... on MutationAllowClientSignInSuccess { data { continuePath } }
      ... on DomainError { message }
    }
  }
`);
