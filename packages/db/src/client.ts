import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { queryLogger, schema, type Database, type DatabaseHandle, type QueryObserver } from './database';
import { lockDataDir } from './pglite/data-dir-lock';
import { openPostgres, type PostgresOptions, type PostgresTimeouts } from './postgres/open-postgres';

export { schema, type Database, type DatabaseHandle, type DbTransaction, type QueryObserver, type Schema } from './database';
export { migrateDatabase, migrationsFolder } from './migrations';
export { openPostgres } from './postgres/open-postgres';

export interface OpenDatabaseOptions extends PostgresTimeouts, Pick<PostgresOptions, 'prepare'> {
  /** PostgreSQL URL. When undefined, process.env.DATABASE_URL is used; when both are empty, PGlite. */
  url?: string | undefined;
  /** PGlite only: persist the database in this directory (otherwise in memory); locked against a second process. */
  dataDir?: string | undefined;
  /** Called with every statement drizzle sends; see QueryObserver. */
  onQuery?: QueryObserver['onQuery'];
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = options.url !== undefined ? options.url : process.env.DATABASE_URL;
  if (url) return openPostgres(url, undefined, options);
  if (!options.dataDir) return wrapPglite(await PGlite.create(), options);
  const unlock = await lockDataDir(options.dataDir);
  try {
    const handle = wrapPglite(await PGlite.create({ dataDir: options.dataDir }), options);
    let closed: Promise<void> | undefined;
    return { ...handle, close: () => (closed ??= handle.close().finally(unlock)) };
  } catch (error) {
    await unlock();
    throw error;
  }
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
