import { accountRoles, type AccountRole } from '@vhod/domain';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts } from '../schema/accounts';
import { classes, organisations } from '../schema/organisations';
import { persons } from '../schema/persons';
import { accountCandidateColumns, type AccountCandidate } from './account-rows';

/** Non-disabled accounts of one person with one of `roles` (default: every role). */
export async function findAccountsOfPerson(
  db: Database,
  personId: string,
  roles: readonly AccountRole[] = accountRoles,
): Promise<AccountCandidate[]> {
  if (roles.length === 0) return [];
  return db
    .select(accountCandidateColumns)
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .leftJoin(classes, eq(classes.id, accounts.classId))
    .where(and(eq(accounts.personId, personId), isNull(accounts.disabledAt), inArray(accounts.role, [...roles])))
    .orderBy(asc(organisations.name), asc(accounts.role), asc(accounts.id));
}
