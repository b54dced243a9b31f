import { graphql } from '@vhod/ui/graphql';

export const QueueRowFragment = graphql(`
  fragment QueueRow on StaffAccessRequest {
    id
    number
    status
    role
    createdAt
    ageWorkingDays
    overdue
    assignedToName
    className
    applicant { fullName }
    child { fullName }
    organisation { id shortName }
  }
`);

export const QueueQuery = graphql(
  `
    query StaffQueue($filter: StaffRequestFilter, $first: Int, $after: String) {
      staffAccessRequests(filter: $filter, first: $first, after: $after) {
        edges { cursor node { ...QueueRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [QueueRowFragment],
);

export const TakeMutation = graphql(`
  mutation TakeAccessRequest($id: ID!) {
    takeAccessRequest(id: $id) {
      __typename
      ... on MutationTakeAccessRequestSuccess { data { id status assignedToName } }
      ... on DomainError { code message linkMismatches }
    }
  }
`);

export const NoteMutation = graphql(`
  mutation AddAccessRequestNote($id: ID!, $text: String!) {
    addAccessRequestNote(id: $id, text: $text) {
      __typename
      ... on MutationAddAccessRequestNoteSuccess { data { id } }
      ... on DomainError { code message linkMismatches }
    }
  }
`);

export const ResolveByLinkMutation = graphql(`
  mutation ResolveByLink($id: ID!, $personId: ID!, $comment: String!, $overrideReason: String) {
    resolveAccessRequestByLink(id: $id, personId: $personId, comment: $comment, overrideReason: $overrideReason) {
      __typename
      ... on MutationResolveAccessRequestByLinkSuccess { data { id status } }
      ... on DomainError { code message linkMismatches }
    }
  }
`);

export const ResolveByCreateMutation = graphql(`
  mutation ResolveByCreate($id: ID!, $comment: String!) {
    resolveAccessRequestByCreate(id: $id, comment: $comment) {
      __typename
      ... on MutationResolveAccessRequestByCreateSuccess { data { id status } }
      ... on DomainError { code message linkMismatches }
    }
  }
`);

export const RejectMutation = graphql(`
  mutation RejectAccessRequest($id: ID!, $comment: String!) {
    rejectAccessRequest(id: $id, comment: $comment) {
      __typename
      ... on MutationRejectAccessRequestSuccess { data { id status } }
      ... on DomainError { code message linkMismatches }
    }
  }
`);

export const RejectManyMutation = graphql(`
  mutation RejectAccessRequests($ids: [ID!]!, $comment: String!) {
    rejectAccessRequests(ids: $ids, comment: $comment) {
      __typename
      ... on MutationRejectAccessRequestsSuccess { data { id errorMessage } }
      ... on DomainError { code message linkMismatches }
    }
  }
`);
