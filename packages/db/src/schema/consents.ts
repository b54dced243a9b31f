import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { persons } from './persons';

export type ConsentPurpose = 'data-transfer';

/** Consents given by ESIA users (e.g. to transfer their ESIA data to the school system). */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    esiaSubject: text('esia_subject').notNull(),
    personId: uuid('person_id').references(() => persons.id, { onDelete: 'set null' }),
    purpose: text('purpose').$type<ConsentPurpose>().notNull(),
    scopes: text('scopes').array().notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
    clientIp: text('client_ip'),
    userAgent: text('user_agent'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('consents_esia_subject_purpose_idx').on(t.esiaSubject, t.purpose)],
);

export type Consent = typeof consents.$inferSelect;
export type NewConsent = typeof consents.$inferInsert;
