import { accounts, persons } from '@vhod/db';
import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Reader } from '../access/reader';

/**
 * Whose cards a reader works with: a card belongs to an organisation through its accounts, so a
 * school sees the cards with an account there; the regional administrator sees every card.
 */
export type CardScope = { kind: 'all' } | { kind: 'organisations'; organisationIds: readonly string[] };

export function cardScopeOf(reader: Reader): CardScope {
  return reader.organisationIds === null ? { kind: 'all' } : { kind: 'organisations', organisationIds: reader.organisationIds };
}

/** Rows of `persons` the scope may see; undefined means every row. */
export function visibleCardCondition(scope: CardScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.organisationIds.length === 0) return sql`false`;
  return sql`exists (select 1 from ${accounts} where ${accounts.personId} = ${persons.id} and ${inArray(accounts.organisationId, [...scope.organisationIds])})`;
}

/** Rows of `accounts` the scope may see: another school's accounts of a shared card stay hidden. */
export function visibleAccountCondition(scope: CardScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  return scope.organisationIds.length === 0 ? sql`false` : inArray(accounts.organisationId, [...scope.organisationIds]);
}
