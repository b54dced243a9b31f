import type { ReadinessCounts } from '../schema/readiness-stats';

/** A readiness row as an aggregate statement returns it (snake_case, counts as text or numbers). */
export type ReadinessCountRow = Record<string, unknown>;

/** The numbers of a readiness aggregate's row, whichever statement counted them. */
export function readinessCountsOf(row: ReadinessCountRow): ReadinessCounts {
  return {
    students: Number(row.students),
    studentsLinked: Number(row.students_linked),
    studentsRecentEsia: Number(row.students_recent),
    parents: Number(row.parents),
    parentsLinked: Number(row.parents_linked),
    parentsRecentEsia: Number(row.parents_recent),
    openRequests: Number(row.open_requests),
    oldestOpenRequestAt: row.oldest ? new Date(row.oldest as string) : null,
  };
}

/** The organisation (and class) a readiness row is about. */
export function readinessPlaceOf(row: ReadinessCountRow) {
  return {
    organisationId: String(row.organisation_id),
    organisationName: String(row.organisation_name),
    classId: row.class_id ? String(row.class_id) : null,
    className: row.class_name ? String(row.class_name) : null,
  };
}
