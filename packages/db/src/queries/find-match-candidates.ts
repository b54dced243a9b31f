import type { AccountRole } from '@vhod/domain';
import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts } from '../schema/accounts';
import { classes, organisations } from '../schema/organisations';
import { persons } from '../schema/persons';
import { accountCandidateColumns, type AccountCandidate } from './account-rows';

export interface MatchCandidateQuery {
  /** `fullNameKey` of the ESIA name. */
  nameKey: string;
  /** `identityDocumentKey`s of the ESIA documents. */
  documentKeys: string[];
  /** Normalized SNILS from ESIA, if any. */
  snils: string | null;
  roles: AccountRole[];
}

/**
 * Non-disabled accounts (with one of `roles`) of the person cards whose name key equals and whose
 * document key is one of `documentKeys` or whose SNILS equals. One statement: the persons lookup
 * goes through a (name_key, …) index (name_key is selective; PostgreSQL factors the common
 * name_key condition out of an OR, so a BitmapOr of both composite indexes gains nothing), then
 * accounts(person_id, role).
 */
export async function findMatchCandidates(db: Database, query: MatchCandidateQuery): Promise<AccountCandidate[]> {
  const statement = matchCandidatesQuery(db, query);
  return statement ? await statement : [];
}

/**
 * The statement behind findMatchCandidates (exported for EXPLAIN in tests), or null when the
 * input cannot match anything (no document key and no SNILS, or no role).
 */
export function matchCandidatesQuery(db: Database, { nameKey, documentKeys, snils, roles }: MatchCandidateQuery) {
  const keys = [...new Set(documentKeys.filter((key) => key.length > 0))];
  const identifiers: SQL[] = [];
  if (keys.length > 0) identifiers.push(inArray(persons.documentKey, keys));
  if (snils) identifiers.push(eq(persons.snils, snils));
  if (identifiers.length === 0 || roles.length === 0 || nameKey.length === 0) return null;

  return db
    .select(accountCandidateColumns)
    .from(persons)
    .innerJoin(accounts, eq(accounts.personId, persons.id))
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .leftJoin(classes, eq(classes.id, accounts.classId))
    .where(
      and(
        eq(persons.nameKey, nameKey),
        identifiers.length === 1 ? identifiers[0] : or(...identifiers),
        isNull(accounts.disabledAt),
        inArray(accounts.role, roles),
      ),
    )
    .orderBy(asc(organisations.name), asc(accounts.role), asc(persons.id), asc(accounts.id));
}
