import { graphql } from '../graphql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      stage
      app
      signInRole
      esiaFullName
      notFoundReason
      consentScopes
      accountChoices {
        id
        role
        className
        organisation { id name }
      }
      signInMethod
      staffPermissions { workRequests readClassRequests manageCards readStatistics readAudit allOrganisations manageApiClients manageEmailDelivery }
      person { id fullName birthDate }
      account {
        id
        role
        className
        organisation { id name typeName }
      }
    }
  }
`);
