import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
  },
  (t) => [
    index('audit_log_organisation_id_at_idx').on(t.organisationId, t.at),
    index('audit_log_action_at_idx').on(t.action, t.at),
  ],
);

export type AuditLogEntry = typeof auditLog.$inferSelect;
export type NewAuditLogEntry = typeof auditLog.$inferInsert;
