import { personKeys, queryRows, type DatabaseHandle } from '@vhod/db';
import { createTestDatabase, referenceReadinessByClass, referenceReadinessByOrganisation } from '@vhod/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countReadiness,
  findSignInCandidates,
  refreshReadinessSnapshot,
  snapshotClassRows,
  snapshotOrganisationRows,
} from '@vhod/api/queries';
import { regionSizes, seedRegion, type SeedReport } from '../src/seed/index';

// The smoke region's data and the API's queries over it; the scenarios themselves run in bench-check.test.ts.
let database: DatabaseHandle;
let seed: SeedReport;

beforeAll(async () => {
  database = await createTestDatabase();
  seed = await seedRegion(database, { scale: 'smoke' });
});

afterAll(async () => {
  await database?.close();
});

describe('smoke region seed', () => {
  it('has the region’s shape at smoke size', async () => {
    const rows = Object.fromEntries(seed.tables.map((table) => [table.table, table.rows]));
    expect(rows.persons).toBe(regionSizes.smoke.persons);
    expect(rows.access_requests).toBe(regionSizes.smoke.accessRequests);
    expect(rows.organisations).toBe(20);
    for (const table of seed.tables) expect(table.rows, table.table).toBeGreaterThan(0);

    const [shape] = await queryRows<{ regional_admins: number; without_admin: number; statuses: number; linked_share: number }>(
      database.db,
      sql`select
        (select count(*)::int from accounts where role = 'regional-admin') as regional_admins,
        (select count(*)::int from organisations o where not exists
           (select 1 from accounts a where a.organisation_id = o.id and a.role in ('administrator', 'regional-admin'))) as without_admin,
        (select count(distinct status)::int from access_requests) as statuses,
        (select count(*)::float / (select count(*) from persons) from esia_links where unlinked_at is null) as linked_share`,
    );
    expect(shape).toMatchObject({ regional_admins: 1, without_admin: 0, statuses: 4 });
    expect(shape!.linked_share).toBeGreaterThan(0.5);
    expect(shape!.linked_share).toBeLessThan(0.7);
  });

  it('stores the match keys exactly as the app computes them', async () => {
    const cards = await queryRows<{
      last_name: string;
      first_name: string;
      middle_name: string | null;
      snils: string | null;
      document_type: string | null;
      document_series: string | null;
      document_number: string | null;
      name_key: string;
      document_key: string | null;
    }>(
      database.db,
      sql`select last_name, first_name, middle_name, snils, document_type, document_series, document_number, name_key, document_key from persons`,
    );
    for (const card of cards) {
      const keys = personKeys({
        lastName: card.last_name,
        firstName: card.first_name,
        middleName: card.middle_name,
        snils: card.snils,
        documentType: card.document_type,
        documentSeries: card.document_series,
        documentNumber: card.document_number,
      });
      expect({ nameKey: card.name_key, documentKey: card.document_key, snils: card.snils }).toEqual(keys);
    }
  });
});

describe('the smoke region through the API’s own queries', () => {
  it('a sign-in lookup finds the seeded parent whose ESIA account it is given', async () => {
    const [card] = await queryRows<{
      id: string;
      last_name: string;
      first_name: string;
      middle_name: string | null;
      birth_date: string;
      snils: string;
      document_series: string | null;
      document_number: string;
    }>(
      database.db,
      sql`select p.id, p.last_name, p.first_name, p.middle_name, p.birth_date::text as birth_date, p.snils, p.document_series, p.document_number
          from persons p join accounts a on a.person_id = p.id and a.role = 'parent' and a.disabled_at is null
          where p.document_type = 'RF_PASSPORT' and p.snils is not null order by p.id limit 1`,
    );
    const found = await findSignInCandidates(
      database.db,
      {
        subject: 'bench-smoke-parent',
        lastName: card!.last_name,
        firstName: card!.first_name,
        middleName: card!.middle_name,
        birthDate: card!.birth_date,
        snils: card!.snils,
        documents: [{ type: 'RF_PASSPORT', series: card!.document_series, number: card!.document_number }],
        trusted: true,
        children: [],
      },
      'parent',
    );
    expect(found.ambiguous).toBe(false);
    expect(new Set(found.candidates.map((candidate) => candidate.personId))).toEqual(new Set([card!.id]));
  });

  it('the readiness snapshot holds what a live count gives, and what the statements it was first defined by give', async () => {
    const now = new Date();
    await refreshReadinessSnapshot(database.db, now, 30);
    const since = new Date(now.getTime() - 30 * 86_400_000);
    const live = await countReadiness(database.db, null, since);
    expect(live.classes).toEqual(await referenceReadinessByClass(database.db, null, since));
    expect(live.organisations).toEqual(await referenceReadinessByOrganisation(database.db, null, since));
    const byKey = <T extends { organisationId: string; classId?: string | null }>(rows: T[]) =>
      [...rows].sort((a, b) => `${a.organisationId}/${a.classId ?? ''}`.localeCompare(`${b.organisationId}/${b.classId ?? ''}`));
    expect(byKey(await snapshotClassRows(database.db, null))).toEqual(byKey(live.classes));
    expect(byKey(await snapshotOrganisationRows(database.db, null))).toEqual(byKey(live.organisations));
    expect(live.organisations.reduce((sum, row) => sum + row.parentsLinked, 0)).toBeGreaterThan(100);
  });
});
