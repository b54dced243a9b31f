import { QueueQuery } from '@vhod/staff/request-documents';
import { print } from 'graphql';
import type { GraphQLOperation } from '../graphql-client';

/** The staff console's own queue page operation (QueueQuery with its QueueRow fragment). */
export const staffQueueDocument = print(QueueQuery);

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
