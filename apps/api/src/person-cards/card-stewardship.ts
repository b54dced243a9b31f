import { DomainError, organisationsBeyondSteward, type CardSteward } from '@vhod/domain';
import { accounts, organisations, type Database } from '@vhod/db';
import { asc, eq } from 'drizzle-orm';

/**
 * Refuses a change to a card's identity or ESIA link when the card also has accounts in
 * organisations this staff member does not manage (packages/domain/src/shared-card.ts), naming
 * them. Call it inside the transaction with the card's row locked FOR UPDATE: a new account
 * references the card and so waits for that lock, and cannot appear between check and change.
 */
export async function requireCardSteward(exec: Database, steward: CardSteward, personId: string): Promise<void> {
  const rows = await exec
    .selectDistinct({ id: organisations.id, name: organisations.name })
    .from(accounts)
    .innerJoin(organisations, eq(organisations.id, accounts.organisationId))
    .where(eq(accounts.personId, personId))
    .orderBy(asc(organisations.name));
  const beyond = new Set(
    organisationsBeyondSteward(
      steward,
      rows.map((row) => row.id),
    ),
  );
  if (beyond.size === 0) return;
  const names = rows.filter((row) => beyond.has(row.id)).map((row) => row.name);
  throw new DomainError('card-shared-with-other-organisations', { organisations: names.join(', ') });
}
