import { DEMO_LEGACY_PASSWORD, hashLegacyPassword, isDatabaseEmpty, type DatabaseHandle } from '@vhod/db';
import { getTableName, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { BenchScale } from '../scenario';
import { copyRows, insertRows } from './bulk-load';
import { withDeferredIndexes } from './deferred-indexes';
import { buildRegion, type TableRows } from './region-model';
import { regionSizes } from './region-scale';

export interface TableLoadReport {
  table: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface SeedReport {
  scale: BenchScale;
  /** "Now" of the generated data (midnight UTC of the seeding day). */
  anchor: string;
  method: 'copy' | 'insert';
  generateSeconds: number;
  loadSeconds: number;
  vacuumAnalyzeSeconds: number;
  totalSeconds: number;
  tables: TableLoadReport[];
  notes: string[];
}

export interface SeedRegionOptions {
  scale: BenchScale;
  anchor?: Date;
}

function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}

function startOfTodayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Fills an empty, migrated database with a generated region (see ./region-model.ts), then
 * vacuums and analyzes it. PostgreSQL gets COPY on one connection with foreign-key triggers off (the
 * generator keeps references consistent itself) and each table's secondary indexes built after
 * its load (a table's time includes them); PGlite gets multi-row INSERTs in one transaction.
 */
export async function seedRegion(handle: DatabaseHandle, { scale, anchor = startOfTodayUtc() }: SeedRegionOptions): Promise<SeedReport> {
  if (!(await isDatabaseEmpty(handle.db))) throw new Error('seedRegion needs an empty database');
  const started = performance.now();
  // scrypt is slow on purpose: one hash serves every school-issued login.
  const passwordHash = await hashLegacyPassword(DEMO_LEGACY_PASSWORD);
  const tables = buildRegion(regionSizes[scale], anchor, passwordHash);
  const generateSeconds = secondsSince(started);

  const loadStarted = performance.now();
  const { reports, notes } = handle.kind === 'postgres' ? await copyAll(handle, tables) : await insertAll(handle, tables);
  const loadSeconds = secondsSince(loadStarted);

  // VACUUM too: it sets the visibility map as autovacuum would on a running deployment (index-only
  // scans depend on it), and keeps autovacuum from starting on the fresh rows mid-measurement.
  const vacuumStarted = performance.now();
  await handle.db.execute(sql`vacuum analyze`);
  const vacuumAnalyzeSeconds = secondsSince(vacuumStarted);

  return {
    scale,
    anchor: anchor.toISOString(),
    method: handle.kind === 'postgres' ? 'copy' : 'insert',
    generateSeconds,
    loadSeconds,
    vacuumAnalyzeSeconds,
    totalSeconds: secondsSince(started),
    tables: reports,
    notes,
  };
}

async function timed(tableRows: TableRows, load: () => Promise<void>): Promise<TableLoadReport> {
  const started = performance.now();
  await load();
  const seconds = secondsSince(started);
  return { table: getTableName(tableRows.table), rows: tableRows.rows.length, seconds, rowsPerSecond: tableRows.rows.length / seconds };
}

async function copyAll(handle: DatabaseHandle, tables: TableRows[]) {
  // COPY needs postgres.js itself, which drizzle keeps as $client.
  const client = (handle.db as unknown as { $client: postgres.Sql }).$client;
  const connection = await client.reserve();
  const notes: string[] = [];
  try {
    await connection`set synchronous_commit = off`;
    // The deferred index builds sort in memory instead of spilling to disk.
    await connection`set maintenance_work_mem = '256MB'`;
    try {
      await connection`set session_replication_role = replica`;
    } catch {
      notes.push('foreign keys were checked row by row: session_replication_role needs a superuser');
    }
    const reports: TableLoadReport[] = [];
    for (const tableRows of tables) {
      reports.push(
        await timed(tableRows, () => withDeferredIndexes(connection, getTableName(tableRows.table), () => copyRows(connection, tableRows))),
      );
    }
    return { reports, notes };
  } finally {
    connection.release();
  }
}

async function insertAll(handle: DatabaseHandle, tables: TableRows[]) {
  const reports: TableLoadReport[] = [];
  await handle.db.transaction(async (tx) => {
    for (const tableRows of tables) reports.push(await timed(tableRows, () => insertRows(tx, tableRows)));
  });
  return { reports, notes: [] };
}
