import { classes, organisations, readinessClassStats, readinessOrganisationStats, readinessRefreshes, type Database } from '@vhod/db';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { readinessByOrganisation, type OrganisationReadinessRow } from './organisation-readiness-query';
import { readinessByClass, type ReadinessRow } from './readiness-query';

export interface ReadinessSnapshotInfo {
  refreshedAt: Date;
  tookMs: number;
}

const insertChunk = 1000;

/**
 * Recounts the whole region and replaces the snapshot in one transaction: readers see the old
 * numbers or the new ones, never a mix. Refreshes from several API instances queue on an
 * advisory lock instead of interleaving.
 */
export async function refreshReadinessSnapshot(db: Database, now: Date, recentDays: number): Promise<ReadinessSnapshotInfo> {
  const started = performance.now();
  const since = new Date(now.getTime() - recentDays * 86_400_000);
  const classRows = await readinessByClass(db, null, since);
  const organisationRows = await readinessByOrganisation(db, null, since);
  const tookMs = Math.round(performance.now() - started);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('vhod.readiness-snapshot'))`);
    await tx.delete(readinessClassStats);
    await tx.delete(readinessOrganisationStats);
    for (let i = 0; i < classRows.length; i += insertChunk) {
      await tx
        .insert(readinessClassStats)
        .values(classRows.slice(i, i + insertChunk).map(({ organisationName: _o, className: _c, ...row }) => row));
    }
    for (let i = 0; i < organisationRows.length; i += insertChunk) {
      await tx
        .insert(readinessOrganisationStats)
        .values(organisationRows.slice(i, i + insertChunk).map(({ organisationName: _o, ...row }) => row));
    }
    await tx
      .insert(readinessRefreshes)
      .values({ id: 1, refreshedAt: now, recentSince: since, tookMs })
      .onConflictDoUpdate({ target: readinessRefreshes.id, set: { refreshedAt: now, recentSince: since, tookMs } });
  });
  return { refreshedAt: now, tookMs };
}

export async function readinessSnapshotInfo(db: Database): Promise<ReadinessSnapshotInfo | null> {
  const [row] = await db.select().from(readinessRefreshes).where(eq(readinessRefreshes.id, 1));
  return row ? { refreshedAt: row.refreshedAt, tookMs: row.tookMs } : null;
}

/** The snapshot's class rows of these organisations (null: all), by organisation name and class order. */
export async function snapshotClassRows(db: Database, organisationIds: readonly string[] | null): Promise<ReadinessRow[]> {
  if (organisationIds?.length === 0) return [];
  const c = readinessClassStats;
  return db
    .select({
      organisationId: c.organisationId,
      organisationName: organisations.name,
      classId: c.classId,
      className: classes.name,
      students: c.students,
      studentsLinked: c.studentsLinked,
      studentsRecentEsia: c.studentsRecentEsia,
      parents: c.parents,
      parentsLinked: c.parentsLinked,
      parentsRecentEsia: c.parentsRecentEsia,
      openRequests: c.openRequests,
      oldestOpenRequestAt: c.oldestOpenRequestAt,
    })
    .from(readinessClassStats)
    .innerJoin(organisations, eq(organisations.id, readinessClassStats.organisationId))
    .leftJoin(classes, eq(classes.id, readinessClassStats.classId))
    .where(organisationIds ? inArray(readinessClassStats.organisationId, [...organisationIds]) : undefined)
    .orderBy(asc(organisations.name), sql`${classes.sortOrder} nulls last`, sql`${classes.name} nulls last`);
}

/** Every organisation in scope, by name; one created after the snapshot reads as zeros until the next refresh. */
export async function snapshotOrganisationRows(
  db: Database,
  organisationIds: readonly string[] | null,
): Promise<OrganisationReadinessRow[]> {
  if (organisationIds?.length === 0) return [];
  const s = readinessOrganisationStats;
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      students: sql<number>`coalesce(${s.students}, 0)`.mapWith(Number),
      studentsLinked: sql<number>`coalesce(${s.studentsLinked}, 0)`.mapWith(Number),
      studentsRecentEsia: sql<number>`coalesce(${s.studentsRecentEsia}, 0)`.mapWith(Number),
      parents: sql<number>`coalesce(${s.parents}, 0)`.mapWith(Number),
      parentsLinked: sql<number>`coalesce(${s.parentsLinked}, 0)`.mapWith(Number),
      parentsRecentEsia: sql<number>`coalesce(${s.parentsRecentEsia}, 0)`.mapWith(Number),
      openRequests: sql<number>`coalesce(${s.openRequests}, 0)`.mapWith(Number),
      oldestOpenRequestAt: s.oldestOpenRequestAt,
    })
    .from(organisations)
    .leftJoin(s, eq(s.organisationId, organisations.id))
    .where(organisationIds ? inArray(organisations.id, [...organisationIds]) : undefined)
    .orderBy(asc(organisations.name), asc(organisations.id));
}
