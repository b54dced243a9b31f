import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountRoles } from '@vhod/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../src/client';
import { accountRoleEnum, organisationTypes } from '../src/schema/index';
import { createTestDatabase, testDatabaseKind } from '../src/testing/index';
import { queryRows } from './helpers';
import migrationJournal from '../migrations/meta/_journal.json' with { type: 'json' };

const expectedTables = [
  'access_request_counters',
  'access_request_events',
  'access_requests',
  'accounts',
  'api_client_organisations',
  'api_client_rate_limits',
  'api_clients',
  'audit_log',
  'audit_log_organisations',
  'classes',
  'consents',
  'data_drift_items',
  'email_outbox',
  'esia_links',
  'legacy_sign_in_attempts',
  'login_flows',
  'oidc_client_sign_ins',
  'oidc_clients',
  'oidc_consents',
  'oidc_provider_entries',
  'organisation_types',
  'organisations',
  'parent_child_links',
  'persons',
  'readiness_class_stats',
  'readiness_organisation_stats',
  'readiness_refreshes',
  'reply_templates',
  'sessions',
];

describe('migrations', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('create every table on an empty database', async () => {
    const rows = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(expectedTables);
  });

  it('create the partial unique indexes of esia_links', async () => {
    const rows = await queryRows<{ indexname: string; indexdef: string }>(
      handle.db,
      sql`select indexname, indexdef from pg_indexes where tablename = 'esia_links' and indexdef like '%UNIQUE%WHERE%' order by indexname`,
    );
    expect(rows.map((row) => row.indexname)).toEqual(['esia_links_active_person_uidx', 'esia_links_active_subject_uidx']);
    for (const row of rows) expect(row.indexdef).toMatch(/WHERE \(unlinked_at IS NULL\)/);
  });

  it('create the enums with the domain account roles', async () => {
    const rows = await queryRows<{ label: string }>(
      handle.db,
      sql`select e.enumlabel as label from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = 'account_role' order by e.enumsortorder`,
    );
    expect(rows.map((row) => row.label)).toEqual([...accountRoles]);
    expect([...accountRoleEnum.enumValues].sort()).toEqual([...accountRoles].sort());
  });

  it('are recorded, so applying them again changes nothing', async () => {
    await migrateDatabase(handle);
    const rows = await queryRows<{ n: number | string }>(handle.db, sql`select count(*) as n from drizzle.__drizzle_migrations`);
    expect(Number(rows[0]?.n)).toBe(migrationJournal.entries.length);
    expect(await handle.db.select().from(organisationTypes)).toEqual([]);
  });
});

describe.skipIf(testDatabaseKind() !== 'pglite')('openDatabase with PGlite', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('persists a migrated database at dataDir', async () => {
    dir = await mkdtemp(join(tmpdir(), 'vhod-db-'));
    const first = await openDatabase({ url: '', dataDir: dir });
    try {
      expect(first.kind).toBe('pglite');
      await migrateDatabase(first);
      await first.db.insert(organisationTypes).values({ code: 'school', name: 'Школа', sortOrder: 1 });
    } finally {
      await first.close();
    }
    const second = await openDatabase({ url: '', dataDir: dir });
    try {
      expect(await second.db.select().from(organisationTypes)).toEqual([{ code: 'school', name: 'Школа', sortOrder: 1 }]);
    } finally {
      await second.close();
    }
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('openDatabase with DATABASE_URL', () => {
  it('connects with postgres.js', async () => {
    const handle = await openDatabase();
    try {
      expect(handle.kind).toBe('postgres');
      const rows = await queryRows<{ version: number | string }>(handle.db, sql`select current_setting('server_version_num') as version`);
      expect(Number(rows[0]?.version)).toBeGreaterThanOrEqual(150000);
    } finally {
      await handle.close();
    }
  });
});
