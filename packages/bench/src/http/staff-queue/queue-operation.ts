import type { GraphQLOperation } from '../graphql-client';

/**
 * The staff console's queue page: QueueQuery with its QueueRow fragment from
 * apps/staff/src/features/requests/request-documents.ts, operation first, then the fragment.
 * test/http-scenarios.test.ts fails when the console's text changes (whitespace aside).
 */
export const staffQueueDocument = `
    query StaffQueue($filter: StaffRequestFilter, $first: Int, $after: String) {
      staffAccessRequests(filter: $filter, first: $first, after: $after) {
        edges { cursor node { ...QueueRow } }
        pageInfo { hasNextPage endCursor }
      }
    }
  
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
`;

/** The first page with no filter set, as the console's variablesOf() builds it, `first` rows long. */
export function staffQueueOperation(first: number): GraphQLOperation {
  return {
    operationName: 'StaffQueue',
    query: staffQueueDocument,
    variables: { first, after: null, filter: { search: null, statuses: null, role: null, from: null, to: null } },
  };
}

/** The baseline: the cheapest operation the console sends, through the same HTTP, GraphQL and session path. */
export const trivialOperation: GraphQLOperation = {
  operationName: 'BenchTrivial',
  query: 'query BenchTrivial { deployment { regionName selfLinkOpen } }',
};

export interface StaffQueuePage {
  staffAccessRequests: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean } };
}
