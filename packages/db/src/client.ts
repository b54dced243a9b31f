import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as relations from './relations';
import * as tables from './schema/index';

/** Tables and relations: the schema given to drizzle (enables `db.query.*`). */
export const schema = { ...tables, ...relations };
export type Schema = typeof schema;

/** The database type both drivers (PGlite and postgres.js) satisfy. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** What `db.transaction(async (tx) => …)` hands to its callback; also usable wherever a Database is expected. */
export type DbTransaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL URL. When undefined, process.env.DATABASE_URL is used; when both are empty, PGlite. */
  url?: string | undefined;
  /** PGlite only: persist the database in this directory (otherwise in memory). */
  dataDir?: string | undefined;
  /** Called with every statement drizzle sends; see QueryObserver. */
  onQuery?: QueryObserver['onQuery'];
}

/**
 * Benchmarks count statements per request with this to catch N+1 queries. BEGIN/COMMIT are not
 * reported (the drivers issue those themselves). Unset, drizzle keeps its no-op logger, so the
 * system itself pays nothing for it.
 */
export interface QueryObserver {
  onQuery?: ((sql: string) => void) | undefined;
}

function queryLogger({ onQuery }: QueryObserver) {
  return onQuery ? { logQuery: (query: string) => onQuery(query) } : undefined;
}

/** Folder with the drizzle-kit migrations, resolved relative to this file (not the cwd). */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = options.url !== undefined ? options.url : process.env.DATABASE_URL;
  if (url) return openPostgres(url, undefined, options);
  const client = options.dataDir ? await PGlite.create({ dataDir: options.dataDir }) : await PGlite.create();
  return wrapPglite(client, options);
}

/** Opens a postgres.js pool on `url`. */
export function openPostgres(url: string, max = 10, observer: QueryObserver = {}): DatabaseHandle {
  const client = postgres(url, { max, onnotice: () => {} });
  const db: Database = drizzlePostgres({ client, schema, logger: queryLogger(observer) });
  let closed: Promise<void> | undefined;
  return {
    db,
    kind: 'postgres',
    close: () => (closed ??= client.end({ timeout: 5 })),
  };
}

/** Wraps an already created PGlite instance (the handle owns it: close() closes it). */
export function wrapPglite(client: PGlite, observer: QueryObserver = {}): DatabaseHandle {
  const db: Database = drizzlePglite({ client, schema, logger: queryLogger(observer) });
  let closed: Promise<void> | undefined;
  return {
    db,
    kind: 'pglite',
    close: () => (closed ??= client.closed ? Promise.resolve() : client.close()),
  };
}

/** Applies packages/db/migrations with the migrator matching the handle's driver. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder };
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as Parameters<typeof migratePglite>[0], config);
  } else {
    await migratePostgres(handle.db as Parameters<typeof migratePostgres>[0], config);
  }
}
