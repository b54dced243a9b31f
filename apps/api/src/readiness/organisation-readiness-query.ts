import type { Database, ReadinessCounts } from '@vhod/db';
import { sql } from 'drizzle-orm';

/** Parents here are distinct: a parent of two children in different classes counts once. */
export interface OrganisationReadinessRow extends ReadinessCounts {
  organisationId: string;
  organisationName: string;
}

/**
 * The region's view: one row per organisation (every organisation in scope, also those with
 * nobody yet), in one aggregate statement. Parents are counted once per organisation, which
 * summing the per-class rows would not do. `organisationIds` null means every organisation.
 */
export async function readinessByOrganisation(
  db: Database,
  organisationIds: readonly string[] | null,
  since: Date,
): Promise<OrganisationReadinessRow[]> {
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
  return rows.map((row) => ({
    organisationId: String(row.organisation_id),
    organisationName: String(row.organisation_name),
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
