import { accessRequestStatuses, type EsiaChild, type EsiaPerson, type SignInRole } from '@vhod/domain';
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { classes, organisations } from './organisations';

export const accessRequestStatusEnum = pgEnum('access_request_status', accessRequestStatuses);
export type AccessRequestStatus = (typeof accessRequestStatusEnum.enumValues)[number];

/** What ESIA told us about the applicant when they asked; staff compare it with person cards. */
export type AccessRequestApplicant = Omit<EsiaPerson, 'children'>;

/** «Обратиться в организацию»: a family member ESIA could not be matched for asks a school for access. */
export const accessRequests = pgTable(
  'access_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human-readable, unique per deployment: 2026-000123. */
    number: text('number').notNull().unique(),
    esiaSubject: text('esia_subject').notNull(),
    role: text('role').$type<Exclude<SignInRole, 'staff'>>().notNull(),
    applicant: jsonb('applicant').$type<AccessRequestApplicant>().notNull(),
    email: text('email').notNull(),
    /** For a parent: the child from the parent's ESIA profile the request is about. */
    child: jsonb('child').$type<EsiaChild>(),
    /** The ESIA child id, '' without a child: part of the open-duplicate key. */
    childKey: text('child_key').notNull().default(''),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    classId: uuid('class_id').references(() => classes.id, { onDelete: 'set null' }),
    comment: text('comment'),
    /** Why the automatic match failed; shown to staff only. */
    matchReason: text('match_reason').notNull(),
    status: accessRequestStatusEnum('status').notNull().default('new'),
    decisionComment: text('decision_comment'),
    assignedToAccountId: uuid('assigned_to_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    decidedByAccountId: uuid('decided_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // One open request per applicant, organisation and child: a second submit finds the first.
    uniqueIndex('access_requests_open_duplicate_uidx')
      .on(t.esiaSubject, t.organisationId, t.childKey)
      .where(sql`status in ('new', 'in_review')`),
    index('access_requests_esia_subject_created_at_idx').on(t.esiaSubject, t.createdAt),
    index('access_requests_organisation_status_created_at_idx').on(t.organisationId, t.status, t.createdAt),
    // The staff queue without a status filter: newest first within one organisation, keyset on (created_at, id).
    // Ascending on purpose: the queue's ORDER BY created_at DESC, id DESC (nulls first, PostgreSQL's
    // default for DESC) is this index scanned backwards; a DESC NULLS LAST index would not match it.
    index('access_requests_organisation_created_at_id_idx').on(t.organisationId, t.createdAt, t.id),
    // The regional administrator's queue (and API clients seeing every organisation) walk this one.
    index('access_requests_created_at_id_idx').on(t.createdAt, t.id),
  ],
);

export type AccessRequestEventKind = 'created' | 'taken' | 'resolved' | 'rejected' | 'note';

/** The request's history: who did what, when. Internal notes are never shown to the family. */
export const accessRequestEvents = pgTable(
  'access_request_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => accessRequests.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').$type<AccessRequestEventKind>().notNull(),
    actorAccountId: uuid('actor_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    comment: text('comment'),
    internal: boolean('internal').notNull().default(false),
  },
  (t) => [index('access_request_events_request_id_at_idx').on(t.requestId, t.at)],
);

/** Per-year counters behind request numbers; a row lock makes concurrent submits take turns. */
export const accessRequestCounters = pgTable('access_request_counters', {
  year: integer('year').primaryKey(),
  lastNumber: integer('last_number').notNull(),
});

export type AccessRequest = typeof accessRequests.$inferSelect;
export type NewAccessRequest = typeof accessRequests.$inferInsert;
export type AccessRequestEvent = typeof accessRequestEvents.$inferSelect;
