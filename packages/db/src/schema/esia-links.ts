import { isNull } from 'drizzle-orm';
import { pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { persons } from './persons';

export const esiaLinkMethodEnum = pgEnum('esia_link_method', ['automatic', 'legacy_password', 'settings', 'staff']);
export type EsiaLinkMethod = (typeof esiaLinkMethodEnum.enumValues)[number];

/** Index names used to tell which side of a link conflicts (see linkEsiaSubject). */
export const ESIA_LINK_ACTIVE_SUBJECT_INDEX = 'esia_links_active_subject_uidx';
export const ESIA_LINK_ACTIVE_PERSON_INDEX = 'esia_links_active_person_uidx';

/**
 * ESIA subject ↔ person card links. At most one current (not unlinked) link per subject and
 * per person; unlinked rows stay as history.
 */
export const esiaLinks = pgTable(
  'esia_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    esiaSubject: text('esia_subject').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    method: esiaLinkMethodEnum('method').notNull(),
    linkedByAccountId: uuid('linked_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
    unlinkedAt: timestamp('unlinked_at', { withTimezone: true }),
    unlinkedByAccountId: uuid('unlinked_by_account_id'),
  },
  (t) => [
    uniqueIndex(ESIA_LINK_ACTIVE_SUBJECT_INDEX).on(t.esiaSubject).where(isNull(t.unlinkedAt)),
    uniqueIndex(ESIA_LINK_ACTIVE_PERSON_INDEX).on(t.personId).where(isNull(t.unlinkedAt)),
  ],
);

export type EsiaLink = typeof esiaLinks.$inferSelect;
export type NewEsiaLink = typeof esiaLinks.$inferInsert;
