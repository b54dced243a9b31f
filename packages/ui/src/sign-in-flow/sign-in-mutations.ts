import { graphql } from '../graphql';

export const GiveConsentMutation = graphql(`
  mutation GiveConsent {
    giveConsent {
      __typename
      ... on MutationGiveConsentSuccess { data { stage } }
      ... on DomainError { code message }
    }
  }
`);

export const DeclineConsentMutation = graphql(`
  mutation DeclineConsent {
    declineConsent {
      __typename
      ... on DomainError { code message }
    }
  }
`);

export const ChooseAccountMutation = graphql(`
  mutation ChooseAccount($accountId: ID!) {
    chooseAccount(accountId: $accountId) {
      __typename
      ... on MutationChooseAccountSuccess { data { stage } }
      ... on DomainError { code message }
    }
  }
`);
