import {
  accountRolesForSignIn,
  canMatchAutomatically,
  matchLookupKeys,
  matchPersonCard,
  type AccountCandidate,
  type EsiaPerson,
  type SignInRole,
} from '@vhod/domain';
import { findAccountsOfPerson, findActiveEsiaLink, findMatchCandidates, type Database } from '@vhod/db';
import { cardDocument } from '../person-cards/card-document';

export interface SignInCandidates {
  linkedPersonId: string | null;
  /** The linked person's card as the account rows brought it (null: not linked, or no account of the role). */
  linkedCard: LinkedCard | null;
  candidates: AccountCandidate[];
  /** More than one distinct card matched: nobody is linked automatically, staff must decide. */
  ambiguous: boolean;
}

/**
 * A linked ESIA subject is trusted to its person regardless of what the card says now;
 * otherwise the database narrows by indexed keys and the domain rule has the final word.
 */
export async function findSignInCandidates(db: Database, person: EsiaPerson, signInRole: SignInRole): Promise<SignInCandidates> {
  const roles = accountRolesForSignIn(signInRole);
  const link = await findActiveEsiaLink(db, person.subject);
  if (link) {
    const rows = await findAccountsOfPerson(db, link.personId, roles);
    return { linkedPersonId: link.personId, linkedCard: rows[0]?.person ?? null, candidates: rows.map(toCandidate), ambiguous: false };
  }
  if (!canMatchAutomatically(person)) return { linkedPersonId: null, linkedCard: null, candidates: [], ambiguous: false };

  const rows = (await findMatchCandidates(db, { ...matchLookupKeys(person), roles })).filter(
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
  return { linkedPersonId: null, linkedCard: null, candidates: persons.size > 1 ? [] : rows.map(toCandidate), ambiguous: persons.size > 1 };
}

export type LinkedCard = Awaited<ReturnType<typeof findAccountsOfPerson>>[number]['person'];

function toCandidate(row: Awaited<ReturnType<typeof findAccountsOfPerson>>[number]): AccountCandidate {
  return {
    accountId: row.accountId,
    personId: row.person.id,
    organisationId: row.organisationId,
    role: row.role,
    lastSignedInAt: row.lastSignedInAt,
  };
}
