import type { AccountRole } from '@vhod/domain';
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

/** The select list shared by findMatchCandidates and findAccountsOfPerson. */
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
