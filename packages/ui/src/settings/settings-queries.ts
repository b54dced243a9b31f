import { graphql } from '../graphql';

export const SettingsQuery = graphql(`
  query Settings {
    viewer {
      stage
      signInMethod
      canSignInWithoutEsia
      esiaLink { linkedAt method }
      person { id fullName birthDate }
      account { id role className organisation { id name } }
    }
  }
`);

export const UnlinkEsiaMutation = graphql(`
  mutation UnlinkEsia {
    unlinkEsia {
      __typename
      ... on MutationUnlinkEsiaSuccess { data { stage } }
      ... on DomainError { code message }
    }
  }
`);
