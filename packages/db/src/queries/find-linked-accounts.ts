import type { AccountRole } from '@vhod/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accounts } from '../schema/accounts';
import { consents } from '../schema/consents';
import { esiaLinks } from '../schema/esia-links';
import { classes, organisations } from '../schema/organisations';
import { persons } from '../schema/persons';
import { accountCandidateColumns, accountRolesParameter, type AccountCandidate } from './account-rows';
import { preparedPerDatabase } from './prepared-per-database';

/** An ESIA subject's current link, as a returning sign-in needs it. */
export interface LinkedAccounts {
  personId: string;
  /** The linked card's non-disabled accounts with one of the roles asked for (none: the card has no such account). */
  accounts: AccountCandidate[];
  /** Whether the subject's consent to the data transfer is given and not withdrawn. */
  consented: boolean;
}

/**
 * The current link of an ESIA subject with its card's accounts (one of `roles`) and whether the
 * subject consented to the data transfer, or null when the subject is not linked. One prepared
 * statement: what a returning user's sign-in reads before it writes anything.
 */
export async function findLinkedAccounts(db: Database, esiaSubject: string, roles: readonly AccountRole[]): Promise<LinkedAccounts | null> {
  const rows = await preparedLinkedAccounts(db).execute({ esiaSubject, roles: [...roles] });
  const [first] = rows;
  if (!first) return null;
  const found: AccountCandidate[] = [];
  for (const row of rows) {
    // Left-joined: a card without an account of these roles comes back as one row of nulls.
    if (row.accountId === null || row.organisationId === null || row.organisationName === null || row.role === null) continue;
    const { accountId, organisationId, organisationName, role, person, className, lastSignedInAt } = row;
    found.push({ person, accountId, organisationId, organisationName, role, className, lastSignedInAt });
  }
  return { personId: first.linkedPersonId, consented: first.consented, accounts: found };
}

const preparedLinkedAccounts = preparedPerDatabase((db) =>
  db
    .select({
      linkedPersonId: esiaLinks.personId,
      consented: sql<boolean>`exists (select 1 from ${consents} where ${consents.esiaSubject} = ${esiaLinks.esiaSubject} and ${consents.purpose} = 'data-transfer' and ${consents.withdrawnAt} is null)`,
      person: accountCandidateColumns.person,
      accountId: accountCandidateColumns.accountId,
      organisationId: accountCandidateColumns.organisationId,
      organisationName: accountCandidateColumns.organisationName,
      role: accountCandidateColumns.role,
      className: accountCandidateColumns.className,
      lastSignedInAt: accountCandidateColumns.lastSignedInAt,
    })
    .from(esiaLinks)
    .innerJoin(persons, eq(persons.id, esiaLinks.personId))
    .leftJoin(
      accounts,
      and(
        eq(accounts.personId, esiaLinks.personId),
        isNull(accounts.disabledAt),
        sql`${accounts.role} = any(${accountRolesParameter(sql.placeholder('roles'))})`,
      ),
    )
    .leftJoin(organisations, eq(organisations.id, accounts.organisationId))
    .leftJoin(classes, eq(classes.id, accounts.classId))
    .where(and(eq(esiaLinks.esiaSubject, sql.placeholder('esiaSubject')), isNull(esiaLinks.unlinkedAt)))
    .orderBy(asc(organisations.name), asc(accounts.role), asc(accounts.id))
    .prepare('find_linked_accounts'),
);
