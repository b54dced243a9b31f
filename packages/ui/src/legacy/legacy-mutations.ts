import { graphql } from '../graphql';

export const LinkWithLegacyLoginMutation = graphql(`
  mutation LinkWithLegacyLogin($input: LegacyCredentialsInput!) {
    linkWithLegacyLogin(input: $input) {
      __typename
      ... on MutationLinkWithLegacyLoginSuccess { data { stage } }
      ... on DomainError { code message linkMismatches }
    }
  }
`);

export const SignInWithLegacyLoginMutation = graphql(`
  mutation SignInWithLegacyLogin($input: LegacyCredentialsInput!) {
    signInWithLegacyLogin(input: $input) {
      __typename
      ... on MutationSignInWithLegacyLoginSuccess { data { stage } }
      ... on DomainError { code message linkMismatches }
    }
  }
`);
