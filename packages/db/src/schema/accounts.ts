import { accountRoles } from '@vhod/domain';
import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { classes, organisations } from './organisations';
import { persons } from './persons';

/** `@vhod/domain`'s `accountRoles`: the database enum is made from the domain list. */
export const accountRoleEnum = pgEnum('account_role', accountRoles);

/** A person's account in one organisation. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: accountRoleEnum('role').notNull(),
    classId: uuid('class_id').references(() => classes.id, { onDelete: 'set null' }),
    legacyLogin: text('legacy_login').unique('accounts_legacy_login_key'),
    legacyPasswordHash: text('legacy_password_hash'),
    lastSignedInAt: timestamp('last_signed_in_at', { withTimezone: true }),
    /** Last sign-in through ESIA (not the legacy login): the readiness dashboard counts these. */
    lastEsiaSignInAt: timestamp('last_esia_sign_in_at', { withTimezone: true }),
    /** The ESIA sign-in before the last one: the family portal shows it, so a sign-in the person did not make stands out. */
    previousEsiaSignInAt: timestamp('previous_esia_sign_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [
    index('accounts_person_id_role_idx').on(t.personId, t.role),
    index('accounts_organisation_id_role_idx').on(t.organisationId, t.role),
  ],
);

export type Account = typeof accounts.$inferSelect;
export type NewAccount = typeof accounts.$inferInsert;
