import { formatFullName } from '@vhod/domain';
import { accounts, classes, esiaLinks, parentChildLinks, persons, type Database } from '@vhod/db';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { StaffActor } from '../staff/staff-actor';
import { readinessByClass, type ReadinessRow } from './readiness-query';

export interface UnlinkedPerson {
  personId: string;
  fullName: string;
  role: 'student' | 'parent';
  childName: string | null;
}

const recentDays = 30;

/** The linking-readiness dashboard: numbers per organisation and class, and who is not linked yet. */
export function createReadinessService({ db, clock }: { db: Database; clock: Clock }) {
  function scopeOf(actor: StaffActor): readonly string[] | null {
    return actor.permissions.allOrganisations ? null : [actor.organisationId];
  }

  return {
    async byClass(actor: StaffActor): Promise<ReadinessRow[]> {
      if (!actor.permissions.readClassRequests) return [];
      const rows = await readinessByClass(db, scopeOf(actor), new Date(clock.now().getTime() - recentDays * 86_400_000));
      // A teacher sees their own class only.
      return actor.permissions.workRequests ? rows : rows.filter((row) => row.classId !== null && row.classId === actor.classId);
    },

    /** Students of a class and their parents without an ESIA link, for the class teacher to chase. */
    async unlinkedInClass(actor: StaffActor, classId: string): Promise<UnlinkedPerson[]> {
      if (!/^[0-9a-f-]{36}$/i.test(classId)) return [];
      const [schoolClass] = await db.select().from(classes).where(eq(classes.id, classId));
      if (!schoolClass) return [];
      const allowed =
        (actor.permissions.workRequests && (actor.permissions.allOrganisations || schoolClass.organisationId === actor.organisationId)) ||
        (actor.permissions.readClassRequests && actor.classId === classId);
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
            .innerJoin(accounts, and(eq(accounts.personId, persons.id), eq(accounts.role, 'parent'), eq(accounts.organisationId, schoolClass.organisationId)))
            .where(inArray(parentChildLinks.childPersonId, studentIds))
        : [];
      const everyone = [...studentIds, ...parents.map((row) => row.person.id)];
      const linked = new Set(
        everyone.length
          ? (await db.select({ personId: esiaLinks.personId }).from(esiaLinks).where(and(inArray(esiaLinks.personId, everyone), isNull(esiaLinks.unlinkedAt)))).map(
              (row) => row.personId,
            )
          : [],
      );
      const childName = new Map(students.map((row) => [row.person.id, formatFullName(row.person)]));
      return [
        ...students.filter((row) => !linked.has(row.person.id)).map((row) => ({ personId: row.person.id, fullName: formatFullName(row.person), role: 'student' as const, childName: null })),
        ...parents
          .filter((row) => !linked.has(row.person.id))
          .map((row) => ({ personId: row.person.id, fullName: formatFullName(row.person), role: 'parent' as const, childName: childName.get(row.childId) ?? null })),
      ];
    },
  };
}

export type ReadinessService = ReturnType<typeof createReadinessService>;
