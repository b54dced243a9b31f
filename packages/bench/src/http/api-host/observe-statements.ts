import { schema, wrapPglite, type Database } from '@vhod/db';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';

/**
 * The same connections as `db`, through a drizzle instance that reports every statement:
 * the database was opened by whoever runs the bench, without a query observer, and the API
 * must run on exactly that database. `$client` is drizzle's documented handle on the driver.
 */
export function observeStatements(db: Database, onQuery: (sql: string) => void): Database {
  const client = (db as unknown as { $client: unknown }).$client;
  if (isPostgresJs(client)) return drizzlePostgres({ client, schema, logger: { logQuery: (query) => onQuery(query) } });
  // Not closed here: the handle would close the PGlite instance its owner still uses.
  return wrapPglite(client as Parameters<typeof wrapPglite>[0], { onQuery }).db;
}

function isPostgresJs(client: unknown): client is postgres.Sql {
  return typeof client === 'function' && typeof (client as Partial<postgres.Sql>).unsafe === 'function';
}
