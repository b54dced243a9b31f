import { graphql } from '@vhod/ui/graphql';

export const AccessRequestFormQuery = graphql(`
  query AccessRequestForm {
    accessRequestForm {
      eligible
      ineligibility
      fullName
      birthDate
      email
      role
      children { id fullName birthDate }
    }
  }
`);

export const OrganisationClassesQuery = graphql(`
  query OrganisationClasses($organisationId: ID!) {
    organisationClasses(organisationId: $organisationId) { edges { node { id name } } }
  }
`);

export const SubmitAccessRequestMutation = graphql(`
  mutation SubmitAccessRequest($input: AccessRequestInput!) {
    submitAccessRequest(input: $input) {
      __typename
      ... on MutationSubmitAccessRequestSuccess {
        data {
          alreadyExisted
          request { id number createdAt childFullName className organisation { id name } }
        }
      }
      ... on ValidationError { fieldErrors { field code message } }
      ... on DomainError { code message }
    }
  }
`);

export const MyAccessRequestsQuery = graphql(`
  query MyAccessRequests {
    myAccessRequests {
      edges {
        node {
          id
          number
          status
          createdAt
          childFullName
          className
          decisionComment
          organisation { id name }
        }
      }
    }
  }
`);
