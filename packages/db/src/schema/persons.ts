import { date, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const genderEnum = pgEnum('gender', ['male', 'female']);
export type Gender = (typeof genderEnum.enumValues)[number];

/**
 * Person cards of the school information system. `nameKey` / `documentKey` are derived
 * columns: always compute them with `personKeys()` (src/person-keys.ts).
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    gender: genderEnum('gender'),
    /** 11 digits, normalized. */
    snils: text('snils'),
    documentType: text('document_type'),
    /** As entered (may contain spaces). */
    documentSeries: text('document_series'),
    /** As entered (may contain spaces). */
    documentNumber: text('document_number'),
    email: text('email'),
    phone: text('phone'),
    nameKey: text('name_key').notNull(),
    documentKey: text('document_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index('persons_name_key_document_key_idx').on(t.nameKey, t.documentKey),
    index('persons_name_key_snils_idx').on(t.nameKey, t.snils),
    index('persons_snils_idx').on(t.snils),
  ],
);

export const parentChildLinks = pgTable(
  'parent_child_links',
  {
    parentPersonId: uuid('parent_person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    childPersonId: uuid('child_person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'parent_child_links_pkey', columns: [t.parentPersonId, t.childPersonId] }),
    // Parents of given children (readiness by class, a class's unlinked parents): without it each lookup reads every link.
    index('parent_child_links_child_person_id_parent_person_id_idx').on(t.childPersonId, t.parentPersonId),
  ],
);

export type Person = typeof persons.$inferSelect;
export type NewPerson = typeof persons.$inferInsert;
export type ParentChildLink = typeof parentChildLinks.$inferSelect;
export type NewParentChildLink = typeof parentChildLinks.$inferInsert;
