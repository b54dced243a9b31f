import type { Database } from '@vhod/db';
import { sql } from 'drizzle-orm';

export interface ReadinessRow {
  organisationId: string;
  organisationName: string;
  classId: string | null;
  className: string | null;
  students: number;
  studentsLinked: number;
  studentsRecentEsia: number;
  parents: number;
  parentsLinked: number;
  parentsRecentEsia: number;
  openRequests: number;
  oldestOpenRequestAt: Date | null;
}

/**
 * How far families are from signing in through Госуслуги, per organisation and class, in one
 * aggregate statement (no application loops): students by their class, parents by their
 * children's classes, ESIA links, ESIA sign-ins since `since`, and open requests.
 * `organisationIds` null means every organisation.
 */
export async function readinessByClass(db: Database, organisationIds: readonly string[] | null, since: Date): Promise<ReadinessRow[]> {
  if (organisationIds?.length === 0) return [];
  const scope = organisationIds ? sql`in (${sql.join(organisationIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`is not null`;
  const result = await db.execute(sql`
    with people as (
      select a.organisation_id, a.class_id, 'student' as kind, a.person_id, a.last_esia_sign_in_at
      from accounts a
      where a.role = 'student' and a.disabled_at is null and a.organisation_id ${scope}
      union
      select p.organisation_id, s.class_id, 'parent' as kind, p.person_id, p.last_esia_sign_in_at
      from accounts p
      join parent_child_links pc on pc.parent_person_id = p.person_id
      join accounts s on s.person_id = pc.child_person_id and s.role = 'student' and s.organisation_id = p.organisation_id and s.disabled_at is null
      where p.role = 'parent' and p.disabled_at is null and p.organisation_id ${scope}
    ),
    counted as (
      select people.organisation_id, people.class_id,
        count(*) filter (where kind = 'student') as students,
        count(l.id) filter (where kind = 'student') as students_linked,
        count(*) filter (where kind = 'student' and last_esia_sign_in_at >= ${since.toISOString()}::timestamptz) as students_recent,
        count(*) filter (where kind = 'parent') as parents,
        count(l.id) filter (where kind = 'parent') as parents_linked,
        count(*) filter (where kind = 'parent' and last_esia_sign_in_at >= ${since.toISOString()}::timestamptz) as parents_recent
      from people
      left join esia_links l on l.person_id = people.person_id and l.unlinked_at is null
      group by people.organisation_id, people.class_id
    ),
    requests as (
      select organisation_id, class_id, count(*) as open_requests, min(created_at) as oldest
      from access_requests
      where status in ('new', 'in_review') and organisation_id ${scope}
      group by organisation_id, class_id
    )
    select coalesce(c.organisation_id, r.organisation_id) as organisation_id, o.name as organisation_name,
      coalesce(c.class_id, r.class_id) as class_id, cl.name as class_name,
      coalesce(c.students, 0) as students, coalesce(c.students_linked, 0) as students_linked, coalesce(c.students_recent, 0) as students_recent,
      coalesce(c.parents, 0) as parents, coalesce(c.parents_linked, 0) as parents_linked, coalesce(c.parents_recent, 0) as parents_recent,
      coalesce(r.open_requests, 0) as open_requests, r.oldest
    from counted c
    full join requests r on r.organisation_id = c.organisation_id and r.class_id is not distinct from c.class_id
    join organisations o on o.id = coalesce(c.organisation_id, r.organisation_id)
    left join classes cl on cl.id = coalesce(c.class_id, r.class_id)
    order by o.name, cl.sort_order nulls last, cl.name nulls last
  `);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<Record<string, unknown>>;
  return rows.map((row) => ({
    organisationId: String(row.organisation_id),
    organisationName: String(row.organisation_name),
    classId: row.class_id ? String(row.class_id) : null,
    className: row.class_name ? String(row.class_name) : null,
    students: Number(row.students),
    studentsLinked: Number(row.students_linked),
    studentsRecentEsia: Number(row.students_recent),
    parents: Number(row.parents),
    parentsLinked: Number(row.parents_linked),
    parentsRecentEsia: Number(row.parents_recent),
    openRequests: Number(row.open_requests),
    oldestOpenRequestAt: row.oldest ? new Date(row.oldest as string) : null,
  }));
}
