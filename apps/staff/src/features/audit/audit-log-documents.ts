import { graphql } from '@vhod/ui/graphql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          at
          action
          actorKind
          actorName
          esiaSubject
          organisationName
          targetKind
          targetId
          targetName
          clientAddress
          details
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
