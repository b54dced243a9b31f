import { graphql } from './graphql';

export const DeploymentQuery = graphql(`
  query Deployment {
    deployment { selfLinkOpen selfLinkCutoff legacySignInOpen timeZone }
  }
`);
