import { index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The readiness dashboard's numbers, computed by one aggregate pass over the region and kept
 * here: counting a million people on every page view would take seconds, reading these rows
 * takes milliseconds. No foreign keys: a snapshot outlives the rows it counted until the next
 * refresh replaces it.
 */
const counts = {
  students: integer('students').notNull(),
  studentsLinked: integer('students_linked').notNull(),
  studentsRecentEsia: integer('students_recent_esia').notNull(),
  parents: integer('parents').notNull(),
  parentsLinked: integer('parents_linked').notNull(),
  parentsRecentEsia: integer('parents_recent_esia').notNull(),
  openRequests: integer('open_requests').notNull(),
  oldestOpenRequestAt: timestamp('oldest_open_request_at', { withTimezone: true }),
};

/** One row per class (class_id null: an organisation's open requests that name no class). */
export const readinessClassStats = pgTable(
  'readiness_class_stats',
  {
    organisationId: uuid('organisation_id').notNull(),
    classId: uuid('class_id'),
    ...counts,
  },
  (t) => [index('readiness_class_stats_organisation_id_idx').on(t.organisationId)],
);

/** One row per organisation; parents counted once per organisation (not a sum of the class rows). */
export const readinessOrganisationStats = pgTable('readiness_organisation_stats', {
  organisationId: uuid('organisation_id').primaryKey(),
  ...counts,
});

/** When the snapshot was taken (one row), and the 30-day window it counted ESIA sign-ins in. */
export const readinessRefreshes = pgTable('readiness_refreshes', {
  id: integer('id').primaryKey(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  recentSince: timestamp('recent_since', { withTimezone: true }).notNull(),
  tookMs: integer('took_ms').notNull(),
});

/** The numbers of one readiness row, whichever level it is counted at. */
export type ReadinessCounts = Omit<typeof readinessOrganisationStats.$inferSelect, 'organisationId'>;
