import { randomBytes } from 'node:crypto';
import { migrateDatabase, openPostgres, seedDemoData, type DatabaseHandle } from '@vhod/db';
import { seededTestDatabase, testDatabaseKind } from '@vhod/db/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchContext, BenchMetric, ScenarioResult } from '../src/scenario';
import { createSignInThroughputScenario } from '../src/scenarios/sign-in-throughput';
import { createStaffQueueScenario } from '../src/scenarios/staff-queue';

/** Short runs: this keeps the scenarios working, it does not measure anything worth reading. */
const shortLoad = { warmupMs: 500, durationMs: 1_500 };

/**
 * On PGlite the API runs in this process (the database cannot be shared); on PostgreSQL the
 * scenarios get a URL and start the API and ESIA in processes of their own, as region runs do.
 */
let database: DatabaseHandle;
let databaseUrl: string | null = null;
let dropDatabase: () => Promise<void> = async () => {};

beforeAll(async () => {
  if (testDatabaseKind() === 'pglite') {
    database = await seededTestDatabase();
    return;
  }
  ({ database, databaseUrl, drop: dropDatabase } = await namedPostgresDatabase(process.env.DATABASE_URL!));
  await seedDemoData(database.db);
}, 60_000);

afterAll(async () => {
  await database?.close();
  await dropDatabase();
});

const context = (): BenchContext => ({ scale: 'smoke', db: database.db, databaseUrl });

function metric(result: ScenarioResult, labelStart: string): BenchMetric {
  const found = result.metrics.find((candidate) => candidate.label.startsWith(labelStart));
  if (!found) throw new Error(`no metric "${labelStart}…" in ${result.metrics.map((m) => m.label).join(' | ')}`);
  return found;
}

function expectFiniteRatios(result: ScenarioResult) {
  for (const { label, value, ratio } of result.metrics) {
    expect(Number.isFinite(value), label).toBe(true);
    if (ratio !== undefined) expect(Number.isFinite(ratio), label).toBe(true);
  }
}

// On PostgreSQL each scenario starts the API and the development ESIA in processes of their own,
// which alone takes tens of seconds on a loaded two-core machine: hence the two-minute timeouts.
describe('HTTP scenarios at smoke scale', () => {
  it('signs citizens in through the development ESIA, every sign-in ending signed in', async () => {
    const result = await createSignInThroughputScenario(shortLoad)(context());

    const signedIn = metric(result, 'sign-ins that ended signed in');
    expect(signedIn.baseline!.value).toBeGreaterThan(0);
    expect(signedIn.value).toBe(signedIn.baseline!.value);
    expect(signedIn.met, result.notes.join('\n')).toBe(true);
    expect(metric(result, 'sign-ins/s').value).toBeGreaterThan(0);
    expectFiniteRatios(result);
  }, 120_000);

  it('measures the staff queue, whose statement count does not grow with the page', async () => {
    const result = await createStaffQueueScenario({ ...shortLoad, concurrency: 8 })(context());

    const counts = result.metrics.filter((candidate) => candidate.label.startsWith('statements per queue request'));
    expect(counts.length).toBeGreaterThanOrEqual(3);
    expect(counts.find((count) => count.label.includes('first: 50'))!.label).toContain('50 rows');
    expect(
      counts.map((count) => count.value),
      result.notes.join('\n'),
    ).toEqual(counts.map(() => counts[0]!.value));
    expect(metric(result, 'staff queue (50 rows, organisation administrator): requests/s').value).toBeGreaterThan(0);
    expect(result.notes.filter((note) => note.includes('failed'))).toEqual([]);
    expectFiniteRatios(result);
  }, 120_000);
});

/** A database with a URL the API's own process can open (createTestDatabase keeps its URL to itself). */
async function namedPostgresDatabase(serverUrl: string) {
  const name = `vhod_bench_http_${randomBytes(5).toString('hex')}`;
  const admin = () => postgres(serverUrl, { max: 1, onnotice: () => {} });
  const creator = admin();
  await creator.unsafe(`create database "${name}"`).finally(() => creator.end());
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString());
  await migrateDatabase(handle);
  return {
    database: handle,
    databaseUrl: url.toString(),
    drop: async () => {
      const dropper = admin();
      try {
        await dropper`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
        await dropper.unsafe(`drop database if exists "${name}"`);
      } finally {
        await dropper.end();
      }
    },
  };
}
