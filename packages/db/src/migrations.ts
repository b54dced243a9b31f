import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { DatabaseHandle } from './database';
import { isPostgresHandle, longRunning, openPostgres } from './postgres/open-postgres';
import { queryRows } from './queries/query-rows';

/** Folder with the drizzle-kit migrations, resolved relative to this file (not the cwd). */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** The command that brings a PostgreSQL database up to date (the API refuses to start on one behind). */
export const migrateCommand = 'pnpm db:migrate';

interface JournalEntry {
  tag: string;
  when: number;
}

function journal(): JournalEntry[] {
  const file = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return file.entries;
}

export interface MigrationStatus {
  /** Names of the migrations this code has that the database lacks, in the order they apply. */
  pending: string[];
}

/**
 * Which of packages/db/migrations the database still lacks, by drizzle's own rule: every journal
 * entry newer than the last row of `drizzle.__drizzle_migrations` (so what this says is pending is
 * exactly what the migrator would apply).
 */
export async function migrationStatus(handle: Pick<DatabaseHandle, 'db'>): Promise<MigrationStatus> {
  const [table] = await queryRows<{ exists: boolean }>(
    handle.db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`,
  );
  let last = -1;
  if (table?.exists) {
    const [row] = await queryRows<{ created_at: string | number | null }>(
      handle.db,
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    if (row?.created_at != null) last = Number(row.created_at);
  }
  return { pending: journal().flatMap((entry) => (entry.when > last ? [entry.tag] : [])) };
}

/** The database is behind this code. */
export class MigrationsPendingError extends Error {
  readonly code = 'MIGRATIONS_PENDING';
  constructor(readonly pending: string[]) {
    super(
      `The database is behind this version of Vhod: ${pending.length} migration${pending.length === 1 ? '' : 's'} not applied ` +
        `(${pending.join(', ')}). Run \`${migrateCommand}\` with the same DATABASE_URL, then start again.`,
    );
    this.name = 'MigrationsPendingError';
  }
}

/** Throws MigrationsPendingError (naming the migrations and the command) unless the database is current. */
export async function assertMigrationsCurrent(handle: Pick<DatabaseHandle, 'db'>): Promise<void> {
  const { pending } = await migrationStatus(handle);
  if (pending.length > 0) throw new MigrationsPendingError(pending);
}

/** Any constant shared by every Vhod migrator: two of them starting together queue on it. */
const migrationLockKey = 0x76686f64; // "vhod"

/**
 * Applies packages/db/migrations and returns the names it applied (none: up to date).
 *
 * PostgreSQL: on a session of its own, with no statement timeout (an index on a big table takes
 * minutes), under a session advisory lock, and the pending list is read after the lock is taken:
 * several instances starting together migrate once, the others find the database current.
 * PGlite is in this process only, so it needs no lock.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<{ applied: string[] }> {
  const config = { migrationsFolder };
  if (!isPostgresHandle(handle)) {
    const { pending } = await migrationStatus(handle);
    await migratePglite(handle.db as Parameters<typeof migratePglite>[0], config);
    return { applied: pending };
  }
  const session = openPostgres(handle.url, 1, { ...longRunning, connectTimeoutMs: handle.connectTimeoutMs });
  try {
    await session.db.execute(sql`select pg_advisory_lock(${migrationLockKey})`);
    const { pending } = await migrationStatus(session);
    if (pending.length > 0) await migratePostgres(session.db as Parameters<typeof migratePostgres>[0], config);
    await session.db.execute(sql`select pg_advisory_unlock(${migrationLockKey})`);
    return { applied: pending };
  } finally {
    // Closing the session also releases the lock when a migration failed.
    await session.close();
  }
}
