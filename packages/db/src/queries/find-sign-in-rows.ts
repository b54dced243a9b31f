import type { AccountRole } from '@vhod/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts } from '../schema/accounts';
import { esiaLinks } from '../schema/esia-links';
import { organisations } from '../schema/organisations';
import { persons } from '../schema/persons';
import { accountCandidateColumns, accountRolesParameter, type AccountCandidate } from './account-rows';
import { matchInput, type MatchCandidateQuery } from './find-match-candidates';
import { preparedPerDatabase } from './prepared-per-database';

/** An account as the sign-in decides by it: no class name (the sign-in never shows one), so no join for it. */
export type SignInAccount = Omit<AccountCandidate, 'className'>;

/** An ESIA subject's current link, as a returning sign-in needs it. */
export interface LinkedAccounts {
  personId: string;
  /** The linked card's non-disabled accounts with one of the roles asked for (none: the card has no such account). */
  accounts: SignInAccount[];
  /** Whether the subject's consent to the data transfer is given and not withdrawn. */
  consented: boolean;
}

export interface SignInRows {
  /** The subject's current link; null when it has none. */
  linked: LinkedAccounts | null;
  /** Without a link: the accounts of the cards matching `match` by name and documents (as findMatchCandidates). */
  matched: SignInAccount[];
}

/**
 * Everything a sign-in reads before it decides, in one prepared statement: the ESIA subject's
 * current link with its card's accounts (one of `roles`) and its consent to the data transfer;
 * or, when it has no link, the accounts of the cards that match by name and documents (`match`
 * null: not to be matched, e.g. an unconfirmed ESIA account). The match part runs only when the
 * link part found nothing (a one-time filter on the same CTE), so a returning user pays one index
 * lookup and a first visit one more.
 */
export async function findSignInRows(
  db: Database,
  esiaSubject: string,
  roles: readonly AccountRole[],
  match: Omit<MatchCandidateQuery, 'roles'> | null,
): Promise<SignInRows> {
  const input = match && matchInput({ ...match, roles: [...roles] });
  const rows = await preparedSignInRows(db).execute({
    esiaSubject,
    roles: [...roles],
    // Nothing to match by: a name key no card has.
    nameKey: input?.nameKey ?? '',
    documentKeys: input?.documentKeys ?? [],
    snils: input?.snils ?? null,
  });
  const found: SignInAccount[] = [];
  for (const row of rows) {
    // Left-joined on the link side: a linked card without an account of these roles comes back as one row of nulls.
    if (row.accountId === null || row.organisationId === null || row.organisationName === null || row.role === null) continue;
    const { accountId, organisationId, organisationName, role, person, lastSignedInAt } = row;
    found.push({ person, accountId, organisationId, organisationName, role, lastSignedInAt });
  }
  const [first] = rows;
  if (first?.linkedPersonId) {
    return { linked: { personId: first.linkedPersonId, consented: first.consented === true, accounts: found }, matched: [] };
  }
  return { linked: null, matched: found };
}

// Named, so the union can be ordered by them (the link side left-joins the accounts, hence nullable).
const candidateFields = {
  person: accountCandidateColumns.person,
  accountId: sql<string | null>`${accounts.id}`.as('account_id'),
  organisationId: sql<string | null>`${organisations.id}`.as('organisation_id'),
  organisationName: sql<string | null>`${organisations.name}`.as('organisation_name'),
  role: sql<AccountRole | null>`${accounts.role}`.as('account_role'),
  lastSignedInAt: accountCandidateColumns.lastSignedInAt,
};

const preparedSignInRows = preparedPerDatabase((db) => {
  const roles = accountRolesParameter(sql.placeholder('roles'));
  const currentLink = and(eq(esiaLinks.esiaSubject, sql.placeholder('esiaSubject')), isNull(esiaLinks.unlinkedAt));
  const linked = db
    .select({
      linkedPersonId: sql<string | null>`${esiaLinks.personId}`,
      // The table is named in full: drizzle leaves columns unqualified inside a subquery.
      consented: sql<
        boolean | null
      >`exists (select 1 from consents k where k.esia_subject = ${esiaLinks.esiaSubject} and k.purpose = 'data-transfer' and k.withdrawn_at is null)`,
      ...candidateFields,
    })
    .from(esiaLinks)
    .innerJoin(persons, eq(persons.id, esiaLinks.personId))
    .leftJoin(accounts, and(eq(accounts.personId, persons.id), isNull(accounts.disabledAt), sql`${accounts.role} = any(${roles})`))
    .leftJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(currentLink);
  const matched = db
    .select({ linkedPersonId: sql<string | null>`null::uuid`, consented: sql<boolean | null>`null::boolean`, ...candidateFields })
    .from(persons)
    .innerJoin(accounts, eq(accounts.personId, persons.id))
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(
      and(
        sql`not exists (select 1 from esia_links l where l.esia_subject = ${sql.placeholder('esiaSubject')} and l.unlinked_at is null)`,
        sql`${persons.nameKey} = ${sql.placeholder('nameKey')}`,
        sql`(${persons.documentKey} = any(${sql.placeholder('documentKeys')}::text[]) or ${persons.snils} = ${sql.placeholder('snils')})`,
        isNull(accounts.disabledAt),
        sql`${accounts.role} = any(${roles})`,
      ),
    );
  return linked.unionAll(matched).orderBy(sql`organisation_name`, sql`account_role`, sql`id`, sql`account_id`).prepare('find_sign_in_rows');
});
