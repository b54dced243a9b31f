import { graphql } from '@vhod/ui/graphql';

export const ReadinessQuery = graphql(`
  query Readiness {
    readiness {
      organisationId organisationName classId className
      students studentsLinked studentsRecentEsia parents parentsLinked parentsRecentEsia openRequests oldestOpenRequestAt
    }
  }
`);

export const UnlinkedPeopleQuery = graphql(`
  query UnlinkedPeople($classId: ID!) {
    unlinkedPeople(classId: $classId) { personId fullName role childName }
  }
`);
