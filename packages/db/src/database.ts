import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
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

/**
 * Benchmarks count statements per request with this to catch N+1 queries. BEGIN/COMMIT are not
 * reported (the drivers issue those themselves). Unset, drizzle keeps its no-op logger, so the
 * system itself pays nothing for it.
 */
export interface QueryObserver {
  onQuery?: ((sql: string) => void) | undefined;
}

export function queryLogger({ onQuery }: QueryObserver) {
  return onQuery ? { logQuery: (query: string) => onQuery(query) } : undefined;
}
