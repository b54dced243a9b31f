import type { ResultOf } from '@vhod/ui/graphql';
import type { OrganisationReadinessQuery } from './readiness-documents';

/** The counts every readiness row carries, whether it is an organisation's or a class's (as the API types them). */
export type ReadinessNumbers = Omit<
  ResultOf<typeof OrganisationReadinessQuery>['organisationReadiness']['edges'][number]['node'],
  'organisationId' | 'organisationName'
>;

/** Students and parents with an ESIA link, as a whole percentage of all of them (0 when there is nobody). */
export function linkedPercent(row: ReadinessNumbers): number {
  const people = row.students + row.parents;
  return people === 0 ? 0 : Math.round(((row.studentsLinked + row.parentsLinked) / people) * 100);
}

/** Students and parents who signed in through ESIA in the last 30 days. */
export function recentEsiaSignIns(row: ReadinessNumbers): number {
  return row.studentsRecentEsia + row.parentsRecentEsia;
}
