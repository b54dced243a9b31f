// STUB until branch `faults` lands: @vhod/db then exports connectOrExplain and assertMigrationsCurrent (with
// migrationStatus, MigrationsPendingError and `pnpm db:migrate`). Replace this file's two functions by those imports;
// main.ts and health/health-checks.ts call them under the same names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder, openPostgres, type DatabaseHandle } from '@vhod/db';
import { sql } from 'drizzle-orm';

export class MigrationsPendingError extends Error {
  constructor(readonly pending: string[]) {
    super(
      `The database is behind this version of Vhod: ${pending.length} migration(s) not applied (${pending.join(', ')}). ` +
        'Run `pnpm db:migrate` with the same DATABASE_URL, then start again.',
    );
    this.name = 'MigrationsPendingError';
  }
}

/** Throws MigrationsPendingError (naming the migrations and the command) unless the database is current. */
export async function assertMigrationsCurrent(handle: Pick<DatabaseHandle, 'db'>): Promise<void> {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ tag: string; when: number }>;
  };
  const result: unknown = await handle.db.execute(
    sql`select coalesce((select max(created_at) from drizzle.__drizzle_migrations), -1)::bigint as last`,
  );
  const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{ last: string | number }>;
  const last = Number(row?.last ?? -1);
  const pending = journal.entries.filter((entry) => entry.when > last).map((entry) => entry.tag);
  if (pending.length > 0) throw new MigrationsPendingError(pending);
}

/** Opens a pool on `url` and proves it answers within `timeoutMs`, or throws one line naming the server and the cause. */
export async function connectOrExplain(url: string, timeoutMs = 10_000): Promise<DatabaseHandle> {
  const handle = openPostgres(url);
  const target = `${new URL(url).hostname}:${new URL(url).port || 5432}`;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      handle.db.execute(sql`select 1`),
      new Promise((_, fail) => {
        timer = setTimeout(() => fail(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
    return handle;
  } catch (error) {
    void handle.close();
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    throw new Error(
      `Cannot connect to PostgreSQL at ${target}: ${code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error))}`,
    );
  } finally {
    clearTimeout(timer);
  }
}
