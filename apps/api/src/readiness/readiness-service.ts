import { formatFullName } from '@vhod/domain';
import { accounts, classes, esiaLinks, parentChildLinks, persons, type Database } from '@vhod/db';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import { canSeeOrganisation, type Reader } from '../access/reader';
import type { OrganisationReadinessRow, ReadinessRow } from './readiness-count';
import {
  readinessSnapshotInfo,
  refreshReadinessSnapshot,
  snapshotClassRows,
  snapshotOrganisationRows,
  type ReadinessSnapshotInfo,
} from './readiness-snapshot';

export interface UnlinkedPerson {
  personId: string;
  fullName: string;
  role: 'student' | 'parent';
  childName: string | null;
}

export const readinessRecentDays = 30;

/** The linking-readiness dashboard: numbers per organisation and class, and who is not linked yet. */
export function createReadinessService({ db, clock }: { db: Database; clock: Clock }) {
  /** The dashboard reads the snapshot; the very first read of a new deployment takes it. */
  async function ensureSnapshot(): Promise<void> {
    if (!(await readinessSnapshotInfo(db))) await refreshReadinessSnapshot(db, clock.now(), readinessRecentDays);
  }

  /** The reader's organisations, narrowed to one when asked (another organisation's: none). */
  function scopeOf(reader: Reader, organisationId: string | null | undefined): readonly string[] | null {
    if (!organisationId) return reader.organisationIds;
    return canSeeOrganisation(reader, organisationId) ? [organisationId] : [];
  }

  return {
    /** Per class (and per organisation's requests without a class), optionally of one organisation. */
    async byClass(reader: Reader, options: { organisationId?: string | null } = {}): Promise<ReadinessRow[]> {
      // A teacher reads their own class's numbers only.
      const classOnly = !reader.permissions.readStatistics;
      if (classOnly && !(reader.permissions.readClassRequests && reader.classId)) return [];
      if (options.organisationId && !/^[0-9a-f-]{36}$/i.test(options.organisationId)) return [];
      await ensureSnapshot();
      const rows = await snapshotClassRows(db, scopeOf(reader, options.organisationId));
      return classOnly ? rows.filter((row) => row.classId === reader.classId) : rows;
    },

    /** One row per organisation: the region's overview (a school sees its own row). */
    async byOrganisation(reader: Reader): Promise<OrganisationReadinessRow[]> {
      if (!reader.permissions.readStatistics) return [];
      await ensureSnapshot();
      return snapshotOrganisationRows(db, reader.organisationIds);
    },

    /** When the numbers were counted; null before the first count. */
    snapshotInfo(): Promise<ReadinessSnapshotInfo | null> {
      return readinessSnapshotInfo(db);
    },

    /** Recounts now (the refresher does it on a timer; tests and the benchmark call it directly). */
    refresh(): Promise<ReadinessSnapshotInfo> {
      return refreshReadinessSnapshot(db, clock.now(), readinessRecentDays);
    },

    /** Students of a class and their parents without an ESIA link, for the class teacher to chase. */
    async unlinkedInClass(reader: Reader, classId: string): Promise<UnlinkedPerson[]> {
      if (!/^[0-9a-f-]{36}$/i.test(classId)) return [];
      const [schoolClass] = await db.select().from(classes).where(eq(classes.id, classId));
      if (!schoolClass) return [];
      // Names of people: a class teacher for their class, or whoever reads the organisation's cards.
      const allowed =
        (reader.permissions.readCards && canSeeOrganisation(reader, schoolClass.organisationId)) ||
        (reader.permissions.readClassRequests && reader.classId === classId);
      if (!allowed) return [];
      const students = await db
        .select({ person: persons })
        .from(accounts)
        .innerJoin(persons, eq(persons.id, accounts.personId))
        .where(and(eq(accounts.classId, classId), eq(accounts.role, 'student'), isNull(accounts.disabledAt)))
        .orderBy(asc(persons.lastName), asc(persons.firstName));
      const studentIds = students.map((row) => row.person.id);
      const parents = studentIds.length
        ? await db
            .select({ person: persons, childId: parentChildLinks.childPersonId })
            .from(parentChildLinks)
            .innerJoin(persons, eq(persons.id, parentChildLinks.parentPersonId))
            .innerJoin(
              accounts,
              and(eq(accounts.personId, persons.id), eq(accounts.role, 'parent'), eq(accounts.organisationId, schoolClass.organisationId)),
            )
            .where(inArray(parentChildLinks.childPersonId, studentIds))
        : [];
      const everyone = [...studentIds, ...parents.map((row) => row.person.id)];
      const linked = new Set(
        everyone.length
          ? (
              await db
                .select({ personId: esiaLinks.personId })
                .from(esiaLinks)
                .where(and(inArray(esiaLinks.personId, everyone), isNull(esiaLinks.unlinkedAt)))
            ).map((row) => row.personId)
          : [],
      );
      const childName = new Map(students.map((row) => [row.person.id, formatFullName(row.person)]));
      return [
        ...students
          .filter((row) => !linked.has(row.person.id))
          .map((row) => ({ personId: row.person.id, fullName: formatFullName(row.person), role: 'student' as const, childName: null })),
        ...parents
          .filter((row) => !linked.has(row.person.id))
          .map((row) => ({
            personId: row.person.id,
            fullName: formatFullName(row.person),
            role: 'parent' as const,
            childName: childName.get(row.childId) ?? null,
          })),
      ];
    },
  };
}

export type ReadinessService = ReturnType<typeof createReadinessService>;
