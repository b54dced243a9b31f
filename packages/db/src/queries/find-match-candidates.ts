import type { AccountRole } from '@vhod/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts } from '../schema/accounts';
import { classes, organisations } from '../schema/organisations';
import { persons } from '../schema/persons';
import { accountCandidateColumns, accountRolesParameter, type AccountCandidate } from './account-rows';
import { preparedPerDatabase } from './prepared-per-database';

export interface MatchCandidateQuery {
  /** `fullNameKey` of the ESIA name. */
  nameKey: string;
  /** `identityDocumentKey`s of the ESIA documents. */
  documentKeys: string[];
  /** Normalized SNILS from ESIA, if any. */
  snils: string | null;
  roles: AccountRole[];
}

/** The statement's parameters (placeholders, or values): the same SQL text for every lookup, whatever the number of documents. */
type MatchParameters = Record<'nameKey' | 'documentKeys' | 'snils' | 'roles', unknown>;

/**
 * Non-disabled accounts (with one of `roles`) of the person cards whose name key equals and whose
 * document key is one of `documentKeys` or whose SNILS equals. One statement: the persons lookup
 * goes through a (name_key, …) index (name_key is selective; PostgreSQL factors the common
 * name_key condition out of an OR, so a BitmapOr of both composite indexes gains nothing), then
 * accounts(person_id, role). Sent as a prepared statement: planning it took longer than running it.
 */
export async function findMatchCandidates(db: Database, query: MatchCandidateQuery): Promise<AccountCandidate[]> {
  const input = matchInput(query);
  if (!input) return [];
  return preparedMatch(db).execute({
    nameKey: input.nameKey,
    documentKeys: input.documentKeys,
    snils: input.snils,
    roles: input.roles,
  });
}

/**
 * The statement behind findMatchCandidates with the lookup's values in it (for EXPLAIN in tests
 * and the benchmark), or null when the input cannot match anything (no document key and no SNILS,
 * or no role, or no name).
 */
export function matchCandidatesQuery(db: Database, query: MatchCandidateQuery) {
  const input = matchInput(query);
  if (!input) return null;
  return matchSelect(db, {
    nameKey: input.nameKey,
    documentKeys: sql.param(input.documentKeys),
    snils: input.snils,
    roles: sql.param(input.roles),
  });
}

/** The lookup's values as the statement takes them; null when they cannot match anything. */
export function matchInput({ nameKey, documentKeys, snils, roles }: MatchCandidateQuery) {
  const keys = [...new Set(documentKeys.filter((key) => key.length > 0))];
  if ((keys.length === 0 && !snils) || roles.length === 0 || nameKey.length === 0) return null;
  // A missing SNILS is null, which equals nothing; an empty key list matches nothing either.
  return { nameKey, documentKeys: keys, snils: snils || null, roles: [...roles] };
}

function matchSelect(db: Database, parameters: MatchParameters) {
  return db
    .select(accountCandidateColumns)
    .from(persons)
    .innerJoin(accounts, eq(accounts.personId, persons.id))
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .leftJoin(classes, eq(classes.id, accounts.classId))
    .where(
      and(
        sql`${persons.nameKey} = ${parameters.nameKey}`,
        sql`(${persons.documentKey} = any(${parameters.documentKeys}::text[]) or ${persons.snils} = ${parameters.snils})`,
        isNull(accounts.disabledAt),
        sql`${accounts.role} = any(${accountRolesParameter(parameters.roles)})`,
      ),
    )
    .orderBy(asc(organisations.name), asc(accounts.role), asc(persons.id), asc(accounts.id));
}

const preparedMatch = preparedPerDatabase((db) =>
  matchSelect(db, {
    nameKey: sql.placeholder('nameKey'),
    documentKeys: sql.placeholder('documentKeys'),
    snils: sql.placeholder('snils'),
    roles: sql.placeholder('roles'),
  }).prepare('find_match_candidates'),
);
