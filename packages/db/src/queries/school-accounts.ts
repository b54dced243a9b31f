import type { AccountRole } from '@vhod/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts } from '../schema/accounts';
import { classes, organisations } from '../schema/organisations';
import { parentChildLinks, persons } from '../schema/persons';

/** Whose name a claim or a page shows. */
export interface PersonName {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
}

export interface AccountOrganisation {
  id: string;
  name: string;
  typeCode: string;
}

/** An account as the systems signing in through Vhod (and the family portal's home) see it. */
export interface SchoolAccount {
  id: string;
  role: AccountRole;
  disabled: boolean;
  organisation: AccountOrganisation;
  /** A student's class, a class teacher's class; null otherwise. */
  className: string | null;
  person: PersonName;
}

/** A child of a parent's card, once per student account (a child in two organisations appears twice). */
export interface ChildAccount {
  person: PersonName;
  /** Null for a child card without an account in any organisation. */
  organisation: AccountOrganisation | null;
  className: string | null;
}

const personName = { id: persons.id, lastName: persons.lastName, firstName: persons.firstName, middleName: persons.middleName };
const organisation = { id: organisations.id, name: organisations.name, typeCode: organisations.typeCode };

export async function findSchoolAccount(db: Database, accountId: string): Promise<SchoolAccount | null> {
  const [row] = await db
    .select({
      id: accounts.id,
      role: accounts.role,
      disabledAt: accounts.disabledAt,
      organisation,
      className: classes.name,
      person: personName,
    })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .leftJoin(classes, eq(classes.id, accounts.classId))
    .where(eq(accounts.id, accountId));
  if (!row) return null;
  const { disabledAt, ...account } = row;
  return { ...account, disabled: disabledAt !== null };
}

/** The children linked to a parent's card, with each one's (enabled) student accounts, by name. */
export async function findChildrenOfPerson(db: Database, parentPersonId: string): Promise<ChildAccount[]> {
  const rows = await db
    .select({ person: personName, organisation, className: classes.name })
    .from(parentChildLinks)
    .innerJoin(persons, eq(persons.id, parentChildLinks.childPersonId))
    .leftJoin(accounts, and(eq(accounts.personId, persons.id), eq(accounts.role, 'student'), isNull(accounts.disabledAt)))
    .leftJoin(organisations, eq(organisations.id, accounts.organisationId))
    .leftJoin(classes, eq(classes.id, accounts.classId))
    .where(eq(parentChildLinks.parentPersonId, parentPersonId))
    .orderBy(asc(persons.lastName), asc(persons.firstName), asc(persons.id), asc(organisations.name));
  return rows.map((row) => ({
    person: row.person,
    organisation: row.organisation?.id ? row.organisation : null,
    className: row.className,
  }));
}
