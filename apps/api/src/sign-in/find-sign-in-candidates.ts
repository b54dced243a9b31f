import {
  accountRolesForSignIn,
  canMatchAutomatically,
  matchLookupKeys,
  matchPersonCard,
  type AccountCandidate,
  type EsiaPerson,
  type SignInRole,
} from '@vhod/domain';
import { findSignInRows, type Database, type SignInAccount } from '@vhod/db';
import { cardDocument } from '../person-cards/card-document';

export interface SignInCandidates {
  linkedPersonId: string | null;
  /** The linked person's card as the account rows brought it (null: not linked, or no account of the role). */
  linkedCard: LinkedCard | null;
  candidates: AccountCandidate[];
  /** More than one distinct card matched: nobody is linked automatically, staff must decide. */
  ambiguous: boolean;
  /** A linked subject's consent to the data transfer, read with its link; null: not read (the subject is not linked). */
  consented: boolean | null;
}

/**
 * A linked ESIA subject is trusted to its person regardless of what the card says now;
 * otherwise the database narrows by indexed keys and the domain rule has the final word.
 */
export async function findSignInCandidates(db: Database, person: EsiaPerson, signInRole: SignInRole): Promise<SignInCandidates> {
  const roles = accountRolesForSignIn(signInRole);
  // One statement: the link if there is one, else the cards matching by name and documents.
  const { linked, matched } = await findSignInRows(
    db,
    person.subject,
    roles,
    canMatchAutomatically(person) ? matchLookupKeys(person) : null,
  );
  if (linked) {
    const rows = linked.accounts;
    return {
      linkedPersonId: linked.personId,
      linkedCard: rows[0]?.person ?? null,
      candidates: rows.map(toCandidate),
      ambiguous: false,
      consented: linked.consented,
    };
  }
  const rows = matched.filter(
    (row) =>
      matchPersonCard(person, {
        lastName: row.person.lastName,
        firstName: row.person.firstName,
        middleName: row.person.middleName,
        birthDate: row.person.birthDate,
        snils: row.person.snils,
        document: cardDocument(row.person),
      }).matches,
  );
  const persons = new Set(rows.map((row) => row.person.id));
  return {
    linkedPersonId: null,
    linkedCard: null,
    candidates: persons.size > 1 ? [] : rows.map(toCandidate),
    ambiguous: persons.size > 1,
    consented: null,
  };
}

export type LinkedCard = SignInAccount['person'];

function toCandidate(row: SignInAccount): AccountCandidate {
  return {
    accountId: row.accountId,
    personId: row.person.id,
    organisationId: row.organisationId,
    role: row.role,
    lastSignedInAt: row.lastSignedInAt,
  };
}
