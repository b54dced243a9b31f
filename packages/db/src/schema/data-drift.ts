import type { DriftChange } from '@vhod/domain';
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { persons } from './persons';

export type DataDriftStatus = 'open' | 'accepted' | 'dismissed';

/**
 * A linked person signed in and ESIA's data no longer agree with the card (a new surname, a
 * new passport): staff accept the new values into the card or dismiss the item.
 */
export const dataDriftItems = pgTable(
  'data_drift_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    esiaSubject: text('esia_subject').notNull(),
    changes: jsonb('changes').$type<DriftChange[]>().notNull(),
    /** ESIA's document as it came, so accepting can copy type, series and number exactly. */
    esiaDocument: jsonb('esia_document').$type<{ type: string; series?: string | null; number: string } | null>(),
    status: text('status').$type<DataDriftStatus>().notNull().default('open'),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByAccountId: uuid('decided_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
  },
  // One open item per card: a later sign-in refreshes it instead of piling up copies.
  (t) => [uniqueIndex('data_drift_items_open_person_uidx').on(t.personId).where(sql`status = 'open'`)],
);

export type DataDriftItem = typeof dataDriftItems.$inferSelect;
