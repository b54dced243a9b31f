import { accessRequests, classes, type Database, type NewAccessRequest } from '@vhod/db';
import { count, eq, like } from 'drizzle-orm';
import type { QueueStaffMember } from './queue-staff';

const fixtureYear = 1999;

/** The longest page measured, plus one so that a next page exists. */
export const requestsNeeded = 51;

/**
 * A database without requests (the demo seed, a small smoke region) makes every page empty and
 * hides N+1 queries, so the administrator's organisation gets synthetic requests up to
 * `requestsNeeded`, shaped like real ones: some with a class, some taken by the administrator,
 * half with a child. Numbers from year 1999 keep clear of the real per-year sequence. Returns
 * how many were added (0 when the organisation already has enough).
 */
export async function ensureQueueRequests(db: Database, administrator: QueueStaffMember): Promise<number> {
  const [existing] = await db
    .select({ n: count() })
    .from(accessRequests)
    .where(eq(accessRequests.organisationId, administrator.organisationId));
  const missing = requestsNeeded - (existing?.n ?? 0);
  if (missing <= 0) return 0;
  const classIds = (await db.select({ id: classes.id }).from(classes).where(eq(classes.organisationId, administrator.organisationId))).map(
    (row) => row.id,
  );
  const [earlier] = await db
    .select({ n: count() })
    .from(accessRequests)
    .where(like(accessRequests.number, `${fixtureYear}-%`));
  const firstSequence = (earlier?.n ?? 0) + 1;
  const base = Date.now();
  const rows: NewAccessRequest[] = Array.from({ length: missing }, (_, index) => {
    const subject = `bench-${base}-${index}`;
    const withChild = index % 2 === 0;
    return {
      number: `${fixtureYear}-${String(firstSequence + index).padStart(6, '0')}`,
      esiaSubject: subject,
      role: 'parent',
      applicant: {
        subject,
        lastName: 'Тестова',
        firstName: `Заявительница ${index}`,
        middleName: 'Нагрузочная',
        birthDate: '1985-01-01',
        gender: 'female',
        snils: null,
        documents: [{ type: 'RF_PASSPORT', series: '4500', number: String(100000 + index) }],
        email: `${subject}@example.ru`,
        mobile: null,
        trusted: true,
      },
      email: `${subject}@example.ru`,
      child: withChild ? { id: `${subject}-child`, lastName: 'Тестов', firstName: `Ребёнок ${index}`, birthDate: '2015-01-01' } : null,
      childKey: withChild ? `${subject}-child` : '',
      organisationId: administrator.organisationId,
      classId: classIds.length > 0 && index % 3 !== 0 ? classIds[index % classIds.length]! : null,
      matchReason: 'no-matching-card',
      status: index % 4 === 0 ? 'in_review' : 'new',
      assignedToAccountId: index % 4 === 0 ? administrator.accountId : null,
      createdAt: new Date(base - index * 3_600_000),
    };
  });
  await db.insert(accessRequests).values(rows);
  return rows.length;
}
