import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type AuditActorKind = 'esia-user' | 'account' | 'api-client' | 'system' | 'anonymous';

/** Append-only audit trail. No foreign keys on purpose: entries outlive what they mention. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    actorKind: text('actor_kind').$type<AuditActorKind>().notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorPersonId: uuid('actor_person_id'),
    actorApiClientId: uuid('actor_api_client_id'),
    esiaSubject: text('esia_subject'),
    organisationId: uuid('organisation_id'),
    targetKind: text('target_kind'),
    targetId: text('target_id'),
    clientIp: text('client_ip'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** Cards the entry is about besides a `person` target; their organisations see it too. */
    concernedPersonIds: uuid('concerned_person_ids').array(),
  },
  (t) => [index('audit_log_action_at_idx').on(t.action, t.at)],
);

/**
 * Whose audit log shows an entry: the organisation it was done in, and every organisation of a
 * person card it concerns (a card shared by two schools is each school's business). Filled by a
 * trigger on audit_log, so no entry can miss it. The key is the order a school's log is read in,
 * so its newest page is a short index scan.
 */
export const auditLogOrganisations = pgTable(
  'audit_log_organisations',
  {
    organisationId: uuid('organisation_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    entryId: bigint('entry_id', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.at, t.entryId] })],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
export type NewAuditLogEntry = typeof auditLog.$inferInsert;
