import { formatFullName } from '@vhod/domain';
import {
  accounts,
  classes,
  organisations,
  organisationTypes,
  persons,
  preparedPerDatabase,
  type Database,
  type Organisation,
} from '@vhod/db';
import DataLoader from 'dataloader';
import { eq, inArray, sql, type AnyColumn } from 'drizzle-orm';

/** `column = any($ids)`: one statement text (prepared once) whatever the number of ids in a batch. */
const anyOf = (column: AnyColumn) => sql`${column} = any(${sql.placeholder('ids')}::uuid[])`;

// The loaders of the staff console's lists: prepared, as every page of the queue asks them.
const organisationsById = preparedPerDatabase((db) =>
  db.select().from(organisations).where(anyOf(organisations.id)).prepare('organisations_by_id'),
);
const classNamesById = preparedPerDatabase((db) =>
  db.select({ id: classes.id, name: classes.name }).from(classes).where(anyOf(classes.id)).prepare('class_names_by_id'),
);
const accountHoldersById = preparedPerDatabase((db) =>
  db
    .select({ accountId: accounts.id, person: persons })
    .from(accounts)
    .innerJoin(persons, eq(persons.id, accounts.personId))
    .where(anyOf(accounts.id))
    .prepare('account_holders_by_id'),
);

/**
 * Per-request batching for what list rows point at: a page of 50 requests asks for its
 * organisations, classes and staff names in one statement each, not one per row.
 */
export function createLoaders(db: Database) {
  return {
    organisation: new DataLoader<string, Organisation | null>(async (ids) => {
      const rows = await organisationsById(db).execute({ ids: [...ids] });
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    className: new DataLoader<string, string | null>(async (ids) => {
      const rows = await classNamesById(db).execute({ ids: [...ids] });
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
      const rows = await accountHoldersById(db).execute({ ids: [...ids] });
      return ids.map((id) => {
        const row = rows.find((candidate) => candidate.accountId === id);
        return row ? formatFullName(row.person) : null;
      });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
