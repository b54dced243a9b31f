import type { AccountRole } from '@vhod/domain';
import { sql, type SQL } from 'drizzle-orm';
import { accounts } from '../schema/accounts';
import { classes, organisations } from '../schema/organisations';
import { persons } from '../schema/persons';

/** One account of a person, with what the sign-in shows about it. */
export interface AccountCandidate {
  person: {
    id: string;
    lastName: string;
    firstName: string;
    middleName: string | null;
    birthDate: string | null;
    snils: string | null;
    documentType: string | null;
    documentSeries: string | null;
    documentNumber: string | null;
  };
  accountId: string;
  organisationId: string;
  organisationName: string;
  role: AccountRole;
  className: string | null;
  lastSignedInAt: Date | null;
}

/** The select list shared by findMatchCandidates and findAccountsOfPerson (a signed-in person choosing an account for a regional system). */
export const accountCandidateColumns = {
  person: {
    id: persons.id,
    lastName: persons.lastName,
    firstName: persons.firstName,
    middleName: persons.middleName,
    birthDate: persons.birthDate,
    snils: persons.snils,
    documentType: persons.documentType,
    documentSeries: persons.documentSeries,
    documentNumber: persons.documentNumber,
  },
  accountId: accounts.id,
  organisationId: organisations.id,
  organisationName: organisations.name,
  role: accounts.role,
  className: classes.name,
  lastSignedInAt: accounts.lastSignedInAt,
};

/**
 * A list of roles as one array parameter (`role = any(…)`), so a statement's text does not depend
 * on how many roles are asked for. Sent as text[]: PGlite serialises arrays only of the types it knows.
 */
export function accountRolesParameter(roles: unknown): SQL {
  return sql`${roles}::text[]::account_role[]`;
}
