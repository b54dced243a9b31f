import { accounts, persons } from '@vhod/db';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { StaffActor } from '../staff/staff-actor';

/**
 * Whose cards a staff member works with: a card belongs to an organisation through its accounts,
 * so a school sees the cards with an account there; the regional administrator sees every card.
 */
export type CardScope = { kind: 'all' } | { kind: 'organisation'; organisationId: string };

export function cardScopeOf(actor: StaffActor): CardScope {
  return actor.permissions.allOrganisations ? { kind: 'all' } : { kind: 'organisation', organisationId: actor.organisationId };
}

/** Rows of `persons` the scope may see; undefined means every row. */
export function visibleCardCondition(scope: CardScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  return sql`exists (select 1 from ${accounts} where ${accounts.personId} = ${persons.id} and ${accounts.organisationId} = ${scope.organisationId})`;
}

/** Rows of `accounts` the scope may see: another school's accounts of a shared card stay hidden. */
export function visibleAccountCondition(scope: CardScope): SQL | undefined {
  return scope.kind === 'all' ? undefined : eq(accounts.organisationId, scope.organisationId);
}
