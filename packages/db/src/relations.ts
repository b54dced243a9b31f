import { relations } from 'drizzle-orm';
import {
  accounts,
  classes,
  consents,
  esiaLinks,
  organisations,
  organisationTypes,
  parentChildLinks,
  persons,
  sessions,
} from './schema/index';

export const organisationTypesRelations = relations(organisationTypes, ({ many }) => ({
  organisations: many(organisations),
}));

export const organisationsRelations = relations(organisations, ({ one, many }) => ({
  type: one(organisationTypes, { fields: [organisations.typeCode], references: [organisationTypes.code] }),
  classes: many(classes),
  accounts: many(accounts),
}));

export const classesRelations = relations(classes, ({ one, many }) => ({
  organisation: one(organisations, { fields: [classes.organisationId], references: [organisations.id] }),
  accounts: many(accounts),
}));

export const personsRelations = relations(persons, ({ many }) => ({
  accounts: many(accounts),
  childLinks: many(parentChildLinks, { relationName: 'parent' }),
  parentLinks: many(parentChildLinks, { relationName: 'child' }),
  esiaLinks: many(esiaLinks),
  consents: many(consents),
}));

export const parentChildLinksRelations = relations(parentChildLinks, ({ one }) => ({
  parent: one(persons, {
    fields: [parentChildLinks.parentPersonId],
    references: [persons.id],
    relationName: 'parent',
  }),
  child: one(persons, {
    fields: [parentChildLinks.childPersonId],
    references: [persons.id],
    relationName: 'child',
  }),
}));

export const accountsRelations = relations(accounts, ({ one }) => ({
  person: one(persons, { fields: [accounts.personId], references: [persons.id] }),
  organisation: one(organisations, { fields: [accounts.organisationId], references: [organisations.id] }),
  class: one(classes, { fields: [accounts.classId], references: [classes.id] }),
}));

export const esiaLinksRelations = relations(esiaLinks, ({ one }) => ({
  person: one(persons, { fields: [esiaLinks.personId], references: [persons.id] }),
  linkedBy: one(accounts, { fields: [esiaLinks.linkedByAccountId], references: [accounts.id] }),
}));

export const consentsRelations = relations(consents, ({ one }) => ({
  person: one(persons, { fields: [consents.personId], references: [persons.id] }),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  account: one(accounts, { fields: [sessions.accountId], references: [accounts.id] }),
  person: one(persons, { fields: [sessions.personId], references: [persons.id] }),
}));
