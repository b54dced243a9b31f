import { sql } from 'drizzle-orm';
import type { Database } from '../database';
import { readinessCountsOf, readinessPlaceOf } from '../queries/readiness-counts';
import type { ReadinessCounts } from '../schema/readiness-stats';

// The readiness dashboard's numbers as they were first defined: one aggregate statement per level,
// kept as the oracle the API's faster single-pass count (apps/api/src/readiness/readiness-count.ts)
// and its snapshot are compared with, on the demo data and on the smoke region. Not used in production.

export interface ReferenceOrganisationRow extends ReadinessCounts {
  organisationId: string;
  organisationName: string;
}

export interface ReferenceClassRow extends ReferenceOrganisationRow {
  classId: string | null;
  className: string | null;
}

/**
 * Per organisation and class: students by their class, parents by their children's classes, ESIA
 * links, ESIA sign-ins since `since`, open requests; each person once per class.
 */
export async function referenceReadinessByClass(
  db: Database,
  organisationIds: readonly string[] | null,
  since: Date,
): Promise<ReferenceClassRow[]> {
  if (organisationIds?.length === 0) return [];
  const scope = organisationIds
    ? sql`in (${sql.join(
        organisationIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`is not null`;
  const result = await db.execute(sql`
    with students as (
      select distinct a.organisation_id, a.class_id, a.person_id, a.last_esia_sign_in_at
      from accounts a
      where a.role = 'student' and a.disabled_at is null and a.organisation_id ${scope}
    ),
    parent_accounts as materialized (
      select p.organisation_id, p.person_id, p.last_esia_sign_in_at
      from accounts p
      where p.role = 'parent' and p.disabled_at is null and p.organisation_id ${scope}
    ),
    people as (
      select organisation_id, class_id, true as is_student, person_id, last_esia_sign_in_at
      from students
      union all
      select distinct s.organisation_id, s.class_id, false, p.person_id, p.last_esia_sign_in_at
      from students s
      join parent_child_links pc on pc.child_person_id = s.person_id
      join parent_accounts p on p.person_id = pc.parent_person_id and p.organisation_id = s.organisation_id
    ),
    counted as (
      select people.organisation_id, people.class_id,
        count(*) filter (where is_student) as students,
        count(l.person_id) filter (where is_student) as students_linked,
        count(*) filter (where is_student and last_esia_sign_in_at >= ${since.toISOString()}::timestamptz) as students_recent,
        count(*) filter (where not is_student) as parents,
        count(l.person_id) filter (where not is_student) as parents_linked,
        count(*) filter (where not is_student and last_esia_sign_in_at >= ${since.toISOString()}::timestamptz) as parents_recent
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
    order by o.name, o.id, cl.sort_order nulls last, cl.name nulls last
  `);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<Record<string, unknown>>;
  return rows.map((row) => ({ ...readinessPlaceOf(row), ...readinessCountsOf(row) }));
}

/** Per organisation (every one in scope): each account once, a parent counted when a child of theirs is a student there. */
export async function referenceReadinessByOrganisation(
  db: Database,
  organisationIds: readonly string[] | null,
  since: Date,
): Promise<ReferenceOrganisationRow[]> {
  if (organisationIds?.length === 0) return [];
  const scope = (column: ReturnType<typeof sql.raw>) =>
    organisationIds
      ? sql`${column} in (${sql.join(
          organisationIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql`true`;
  const sinceText = since.toISOString();
  const result = await db.execute(sql`
    with people as (
      select a.organisation_id, a.role as kind, a.person_id, a.last_esia_sign_in_at
      from accounts a
      where a.disabled_at is null and ${scope(sql.raw('a.organisation_id'))}
        and (a.role = 'student' or (a.role = 'parent' and exists (
          select 1 from parent_child_links pc
          join accounts s on s.person_id = pc.child_person_id and s.role = 'student' and s.organisation_id = a.organisation_id and s.disabled_at is null
          where pc.parent_person_id = a.person_id)))
    ),
    counted as (
      select people.organisation_id,
        count(*) filter (where kind = 'student') as students,
        count(l.id) filter (where kind = 'student') as students_linked,
        count(*) filter (where kind = 'student' and last_esia_sign_in_at >= ${sinceText}::timestamptz) as students_recent,
        count(*) filter (where kind = 'parent') as parents,
        count(l.id) filter (where kind = 'parent') as parents_linked,
        count(*) filter (where kind = 'parent' and last_esia_sign_in_at >= ${sinceText}::timestamptz) as parents_recent
      from people
      left join esia_links l on l.person_id = people.person_id and l.unlinked_at is null
      group by people.organisation_id
    ),
    requests as (
      select organisation_id, count(*) as open_requests, min(created_at) as oldest
      from access_requests
      where status in ('new', 'in_review') and ${scope(sql.raw('organisation_id'))}
      group by organisation_id
    )
    select o.id as organisation_id, o.name as organisation_name,
      coalesce(c.students, 0) as students, coalesce(c.students_linked, 0) as students_linked, coalesce(c.students_recent, 0) as students_recent,
      coalesce(c.parents, 0) as parents, coalesce(c.parents_linked, 0) as parents_linked, coalesce(c.parents_recent, 0) as parents_recent,
      coalesce(r.open_requests, 0) as open_requests, r.oldest
    from organisations o
    left join counted c on c.organisation_id = o.id
    left join requests r on r.organisation_id = o.id
    where ${scope(sql.raw('o.id'))}
    order by o.name, o.id
  `);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<Record<string, unknown>>;
  return rows.map((row) => {
    const { organisationId, organisationName } = readinessPlaceOf(row);
    return { organisationId, organisationName, ...readinessCountsOf(row) };
  });
}
