import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** `authority`: the regional education authority, where regional administrators have their accounts; not offered to families. */
export const organisationTypeCodes = ['school', 'kindergarten', 'college', 'additional', 'authority'] as const;
export const educationalOrganisationTypeCodes = ['school', 'kindergarten', 'college', 'additional'] as const;
export type OrganisationTypeCode = (typeof organisationTypeCodes)[number];

/** Kinds of educational organisation (reference data). */
export const organisationTypes = pgTable('organisation_types', {
  code: text('code').$type<OrganisationTypeCode>().primaryKey(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    typeCode: text('type_code')
      .$type<OrganisationTypeCode>()
      .notNull()
      .references(() => organisationTypes.code),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    municipality: text('municipality').notNull(),
    /** Access requests older than this many working days stand out in the staff queue. */
    requestTargetWorkingDays: integer('request_target_working_days').notNull().default(3),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisations_type_code_name_idx').on(t.typeCode, t.name)],
);

/** School classes, kindergarten groups, college groups, clubs. */
export const classes = pgTable(
  'classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [unique('classes_organisation_id_name_key').on(t.organisationId, t.name)],
);

export type OrganisationType = typeof organisationTypes.$inferSelect;
export type NewOrganisationType = typeof organisationTypes.$inferInsert;
export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type SchoolClass = typeof classes.$inferSelect;
export type NewSchoolClass = typeof classes.$inferInsert;
