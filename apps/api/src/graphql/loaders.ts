import { formatFullName } from '@vhod/domain';
import { accounts, classes, organisations, organisationTypes, persons, type Database, type Organisation } from '@vhod/db';
import DataLoader from 'dataloader';
import { eq, inArray } from 'drizzle-orm';

/**
 * Per-request batching for what list rows point at: a page of 50 requests asks for its
 * organisations, classes and staff names in one statement each, not one per row.
 */
export function createLoaders(db: Database) {
  return {
    organisation: new DataLoader<string, Organisation | null>(async (ids) => {
      const rows = await db
        .select()
        .from(organisations)
        .where(inArray(organisations.id, [...ids]));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    className: new DataLoader<string, string | null>(async (ids) => {
      const rows = await db
        .select({ id: classes.id, name: classes.name })
        .from(classes)
        .where(inArray(classes.id, [...ids]));
      return ids.map((id) => rows.find((row) => row.id === id)?.name ?? null);
    }),
    organisationTypeName: new DataLoader<string, string | null>(async (codes) => {
      const rows = await db
        .select()
        .from(organisationTypes)
        .where(inArray(organisationTypes.code, [...codes] as Array<Organisation['typeCode']>));
      return codes.map((code) => rows.find((row) => row.code === code)?.name ?? null);
    }),
    /** The name on a person card now. */
    personName: new DataLoader<string, string | null>(async (ids) => {
      const rows = await db
        .select()
        .from(persons)
        .where(inArray(persons.id, [...ids]));
      return ids.map((id) => {
        const person = rows.find((row) => row.id === id);
        return person ? formatFullName(person) : null;
      });
    }),
    /** The name on the card of a staff account (who took or decided a request). */
    accountHolderName: new DataLoader<string, string | null>(async (ids) => {
      const rows = await db
        .select({ accountId: accounts.id, person: persons })
        .from(accounts)
        .innerJoin(persons, eq(persons.id, accounts.personId))
        .where(inArray(accounts.id, [...ids]));
      return ids.map((id) => {
        const row = rows.find((candidate) => candidate.accountId === id);
        return row ? formatFullName(row.person) : null;
      });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
