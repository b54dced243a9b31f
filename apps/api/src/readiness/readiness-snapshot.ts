import {
  classes,
  onceAcrossInstances,
  organisations,
  readinessClassStats,
  readinessOrganisationStats,
  readinessRefreshes,
  type Database,
} from '@vhod/db';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { countReadiness, type OrganisationReadinessRow, type ReadinessRow } from './readiness-count';

export interface ReadinessSnapshotInfo {
  refreshedAt: Date;
  tookMs: number;
}

const insertChunk = 1000;
/** Enough for the recount's hash aggregates over the region's ~1.4 million people rows not to spill to disk. */
const recountWorkMem = '256MB';

const recountLock = 'vhod.readiness-recount';

/**
 * Recounts the whole region and replaces the snapshot, in one transaction that holds the
 * recount's advisory lock: only one API instance counts at a time (this one waits its turn), and
 * readers see the old numbers or the new ones, never a mix.
 */
export function refreshReadinessSnapshot(db: Database, now: Date, recentDays: number): Promise<ReadinessSnapshotInfo> {
  return onceAcrossInstances(db, recountLock, (tx) => recount(tx, now, recentDays), { ifBusy: 'wait' });
}

/**
 * The timer's recount: null without counting while another instance counts, or when the snapshot
 * is younger than `freshForMs` (another instance has just counted; checked under the lock).
 */
export function refreshStaleReadinessSnapshot(
  db: Database,
  now: Date,
  recentDays: number,
  freshForMs: number,
): Promise<ReadinessSnapshotInfo | null> {
  return onceAcrossInstances(db, recountLock, async (tx) => {
    const info = await readinessSnapshotInfo(tx);
    if (info && now.getTime() - info.refreshedAt.getTime() < freshForMs) return null;
    return recount(tx, now, recentDays);
  });
}

/** The count is one statement (readiness-count.ts), without JIT (it only added compile time) and with a work_mem its aggregates fit in. */
async function recount(tx: Database, now: Date, recentDays: number): Promise<ReadinessSnapshotInfo> {
  const since = new Date(now.getTime() - recentDays * 86_400_000);
  const started = performance.now();
  await tx.execute(sql`set local jit = off`);
  await tx.execute(sql.raw(`set local work_mem = '${recountWorkMem}'`));
  const { classes: classRows, organisations: organisationRows } = await countReadiness(tx, null, since);
  const tookMs = Math.round(performance.now() - started);
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
