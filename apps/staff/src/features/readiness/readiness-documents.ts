import { graphql } from '@vhod/ui/graphql';

export const OrganisationReadinessQuery = graphql(`
  query OrganisationReadiness($first: Int, $after: String) {
    organisationReadiness(first: $first, after: $after) {
      edges {
        node {
          organisationId organisationName
          students studentsLinked studentsRecentEsia parents parentsLinked parentsRecentEsia openRequests oldestOpenRequestAt
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const ClassReadinessQuery = graphql(`
  query ClassReadiness($organisationId: ID, $first: Int, $after: String) {
    readiness(organisationId: $organisationId, first: $first, after: $after) {
      edges {
        node {
          organisationId organisationName classId className
          students studentsLinked studentsRecentEsia parents parentsLinked parentsRecentEsia openRequests oldestOpenRequestAt
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const UnlinkedPeopleQuery = graphql(`
  query UnlinkedPeople($classId: ID!, $first: Int, $after: String) {
    unlinkedPeople(classId: $classId, first: $first, after: $after) {
      edges { node { personId fullName role childName } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const ReadinessRefreshedAtQuery = graphql(`
  query ReadinessRefreshedAt {
    readinessRefreshedAt
  }
`);
