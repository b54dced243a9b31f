import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { wrapPglite, type DatabaseHandle } from '../client';
import { migrateDatabase } from '../migrations';
import { openPostgres, type PostgresHandle } from '../postgres/open-postgres';
import { seedDemoData } from '../seed/demo';
import { TEST_DATABASE_ENV, type TestDatabaseKind } from './vitest-projects';

export { TEST_DATABASE_ENV, type TestDatabaseKind };
export { startTcpProxy, type ProxyMode, type TcpProxy } from './tcp-proxy';

/**
 * A fresh, migrated, empty database for one test file (or one test); always close() it.
 *
 * - With DATABASE_URL set: creates `vhod_test_<random>` on that server, migrates it, and
 *   close() drops it again (so test files and packages running in parallel never share data).
 * - Otherwise: PGlite in memory. The schema is migrated once per process (or once per vitest run
 *   with ./global-setup.ts) into a template whose data directory is dumped and kept; every caller
 *   gets a new instance loaded from that dump (what PGlite's clone() does, without keeping the
 *   template instance open).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testDatabaseKind() === 'pglite') return createPgliteTestDatabase();
  return createServerTestDatabase();
}

export function testDatabaseKind(): TestDatabaseKind {
  const chosen = process.env[TEST_DATABASE_ENV];
  if (chosen === 'pglite' || chosen === 'postgres') return chosen;
  return process.env.DATABASE_URL ? 'postgres' : 'pglite';
}

/** createTestDatabase() + the demo data of docs/demo-data.md. */
export async function seededTestDatabase(): Promise<DatabaseHandle> {
  const handle = await createTestDatabase();
  try {
    await seedDemoData(handle.db);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Set by the globalSetup (./global-setup.ts): a file with the migrated template's data directory. */
export const PGLITE_TEMPLATE_ENV = 'VHOD_DB_PGLITE_TEMPLATE';

let pgliteTemplate: Promise<Blob> | undefined;

/** The data directory (tar) of a migrated, empty PGlite database; built once per process. */
export function migratedPgliteDump(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const prepared = process.env[PGLITE_TEMPLATE_ENV];
    if (prepared) {
      try {
        return new Blob([await readFile(prepared)]);
      } catch {
        // fall through: migrate here
      }
    }
    const client = await PGlite.create();
    const template = wrapPglite(client);
    try {
      await migrateDatabase(template);
      return await client.dumpDataDir('none');
    } finally {
      await template.close();
    }
  })();
  pgliteTemplate.catch(() => {
    pgliteTemplate = undefined; // let a later caller retry
  });
  return pgliteTemplate;
}

async function createPgliteTestDatabase(): Promise<DatabaseHandle> {
  const dump = await migratedPgliteDump();
  return wrapPglite(await PGlite.create({ loadDataDir: dump }));
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withAdminConnection<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * A fresh database of its own on the DATABASE_URL server, migrated unless told not to (dropped again by close()); its
 * `url` lets a test reach it another way (through startTcpProxy, or from a child process).
 */
export async function createServerTestDatabase({ migrate = true } = {}): Promise<PostgresHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(`${TEST_DATABASE_ENV}=postgres needs DATABASE_URL`);
  const name = `vhod_test_${randomBytes(6).toString('hex')}`;
  await withAdminConnection(url, (sql) => sql.unsafe(`create database ${quoteIdentifier(name)}`));
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;

  const drop = () =>
    withAdminConnection(url, async (sql) => {
      await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
      await sql.unsafe(`drop database if exists ${quoteIdentifier(name)}`);
    });

  const handle = openPostgres(testUrl.toString());
  try {
    if (migrate) await migrateDatabase(handle);
  } catch (error) {
    await handle.close();
    await drop();
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    ...handle,
    close: () =>
      (closed ??= (async () => {
        try {
          await handle.close();
        } finally {
          await drop();
        }
      })()),
  };
}
export {
  referenceReadinessByClass,
  referenceReadinessByOrganisation,
  type ReferenceClassRow,
  type ReferenceOrganisationRow,
} from './readiness-reference';
