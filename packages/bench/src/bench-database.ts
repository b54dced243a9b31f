import {
  accessRequestEvents,
  accessRequests,
  accounts,
  classes,
  consents,
  esiaLinks,
  longRunning,
  migrateDatabase,
  openDatabase,
  openPostgres,
  organisations,
  parentChildLinks,
  persons,
  type DatabaseHandle,
} from '@vhod/db';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { ensureDemoPeople } from './http/demo-people';
import type { BenchScale } from './scenario';
import { regionSizes, seedRegion, type RegionSize, type SeedReport } from './seed/index';

export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432';
const databaseNames: Record<BenchScale, string> = { region: 'vhod_bench', smoke: 'vhod_bench_smoke' };

// Compared exactly on reuse: no scenario adds to these once the demo people are in (see below).
const shapeTables: Record<string, PgTable> = { organisations, classes, persons, accounts, parent_child_links: parentChildLinks };
// The HTTP scenarios add a few rows here by design (first visits link and consent, queue fixtures):
// on reuse these may only have grown.
const growingTables: Record<string, PgTable> = {
  esia_links: esiaLinks,
  consents,
  access_requests: accessRequests,
  access_request_events: accessRequestEvents,
};

/** Stored as the database's comment after a complete seed; a reuse must find the same. */
interface SeedMarker {
  scale: BenchScale;
  size: RegionSize;
  anchor: string;
  counts: Record<string, number>;
}

export interface BenchDatabase {
  handle: DatabaseHandle;
  /** Connection string when the database lives on a server (HTTP scenarios start an API on it). */
  databaseUrl: string | null;
  /** The seed of this run; null when an earlier seed was reused. */
  seed: SeedReport | null;
  /** What happened, for the console and the report. */
  log: string[];
}

export interface OpenBenchDatabaseOptions {
  scale: BenchScale;
  /** Server to create the bench database on; null runs the smoke scale on PGlite in memory. */
  serverUrl: string | null;
  /** Seed even when a matching seeded database exists (`pnpm bench:seed`). */
  forceSeed: boolean;
  /** The database's name on the server; default vhod_bench (region) or vhod_bench_smoke. */
  name?: string | null;
}

/**
 * The seeded database a bench run measures. On a server: `vhod_bench` (`vhod_bench_smoke` for
 * the smoke scale) is reused when its row counts still match the seed that filled it, otherwise
 * dropped, recreated, migrated and seeded; the server's other databases are never touched.
 * Without a server (smoke only): PGlite in memory, seeded every time.
 */
export async function openBenchDatabase({
  scale,
  serverUrl,
  forceSeed,
  name: chosenName,
}: OpenBenchDatabaseOptions): Promise<BenchDatabase> {
  if (!serverUrl) {
    if (scale === 'region') throw new Error('the region scale needs a PostgreSQL server');
    const handle = await openDatabase({ url: '' });
    await migrateDatabase(handle);
    const seed = await seedRegion(handle, { scale });
    return { handle, databaseUrl: null, seed, log: ['Seeded the smoke region into PGlite (in memory).'] };
  }

  const name = chosenName ?? databaseNames[scale];
  const databaseUrl = withDatabase(serverUrl, name);
  const log: string[] = [];
  if (!forceSeed) {
    const reused = await tryReuse(serverUrl, databaseUrl, name, scale, log);
    if (reused) return { handle: reused, databaseUrl, seed: null, log };
  }

  await recreateDatabase(serverUrl, name);
  // One connection: the latency scenarios compare a query with its baseline over the same connection.
  // No statement deadline: seeding a region and recounting its readiness take tens of seconds.
  const handle = openPostgres(databaseUrl, 1, longRunning);
  try {
    await migrateDatabase(handle);
    const seed = await seedRegion(handle, { scale });
    // The HTTP scenarios sign in as the demo citizens (the development ESIA knows no others) and
    // add their cards when missing; adding them before the counts are recorded keeps reuse possible.
    await ensureDemoPeople(handle.db);
    const marker: SeedMarker = { scale, size: regionSizes[scale], anchor: seed.anchor, counts: await countRows(handle) };
    await withAdmin(serverUrl, (sql) =>
      sql.unsafe(`comment on database ${quoteIdentifier(name)} is ${quoteLiteral(JSON.stringify(marker))}`),
    );
    log.push(`Seeded ${name} from scratch (plus the demo people for the HTTP scenarios).`);
    return { handle, databaseUrl, seed, log };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function tryReuse(
  serverUrl: string,
  databaseUrl: string,
  name: string,
  scale: BenchScale,
  log: string[],
): Promise<DatabaseHandle | null> {
  const [row] = await withAdmin(
    serverUrl,
    (sql) => sql<Array<{ comment: string | null }>>`
    select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${name}`,
  );
  if (!row) {
    log.push(`${name} does not exist yet: seeding.`);
    return null;
  }
  const marker = parseMarker(row.comment);
  if (!marker || marker.scale !== scale || JSON.stringify(marker.size) !== JSON.stringify(regionSizes[scale])) {
    log.push(`${name} holds no complete ${scale} seed of the current size: seeding again.`);
    return null;
  }
  const handle = openPostgres(databaseUrl, 1, longRunning);
  try {
    // New migrations (indexes, tables) apply to the existing data.
    await migrateDatabase(handle);
    const counts = await countRows(handle);
    const mismatches = Object.keys(marker.counts).filter((table) =>
      table in shapeTables ? counts[table] !== marker.counts[table] : (counts[table] ?? 0) < marker.counts[table]!,
    );
    if (mismatches.length > 0) {
      log.push(
        `${name} row counts differ from its seed (${mismatches.map((table) => `${table}: seeded ${marker.counts[table]}, now ${counts[table]}`).join('; ')}): seeding again.`,
      );
      await handle.close();
      return null;
    }
    log.push(
      `Reusing ${name} seeded for ${marker.anchor.slice(0, 10)}: row counts match (${Object.entries(counts)
        .map(([table, rows]) => `${table} ${rows.toLocaleString('en-US')}`)
        .join(', ')}).`,
    );
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function countRows(handle: DatabaseHandle): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, definition] of Object.entries({ ...shapeTables, ...growingTables })) {
    const [row] = await handle.db.select({ rows: count() }).from(definition);
    counts[table] = row?.rows ?? 0;
  }
  return counts;
}

function parseMarker(comment: string | null): SeedMarker | null {
  if (!comment) return null;
  try {
    return JSON.parse(comment) as SeedMarker;
  } catch {
    return null;
  }
}

async function recreateDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, async (sql) => {
    await sql.unsafe(`drop database if exists ${quoteIdentifier(name)} with (force)`);
    await sql.unsafe(`create database ${quoteIdentifier(name)}`);
  });
}

async function withAdmin<T>(serverUrl: string, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
