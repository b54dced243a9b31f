import { queryRows, readinessCountsOf, readinessPlaceOf, type Database, type ReadinessCounts } from '@vhod/db';
import { sql } from 'drizzle-orm';

/** One class of an organisation (class null: the organisation's open requests that name no class). */
export interface ReadinessRow extends ReadinessCounts {
  organisationId: string;
  organisationName: string;
  classId: string | null;
  className: string | null;
}

/** One organisation; its parents are counted once, which summing its class rows would not do. */
export interface OrganisationReadinessRow extends ReadinessCounts {
  organisationId: string;
  organisationName: string;
}

export interface ReadinessCount {
  /** By organisation name, then id (a «Школа № 1» in every town never interleaves), then class order. */
  classes: ReadinessRow[];
  /** Every organisation in scope, also those with nobody yet, by name and id. */
  organisations: OrganisationReadinessRow[];
}

/**
 * How far families are from signing in through Госуслуги, per class and per organisation, in one
 * statement: students by their class, parents by their children's classes, ESIA links, ESIA
 * sign-ins since `since`, open requests. `organisationIds` null means the whole region.
 *
 * The people are joined once (`people`: one row per student account, and one per parent account
 * and child in the same organisation, with the person's ESIA link) and counted twice from that:
 * per class, each person once (a parent of two children in one class counts once there); per
 * organisation, each account once (a parent with a qualifying child counts once however many).
 * Counting the two levels by separate statements joined the region's million rows twice, and the
 * organisation level looked every parent's children up one by one (tens of seconds).
 */
/** The six numbers of a level, over `people` rows already made one per person (class) or per account (organisation). */
const peopleCounts = sql.raw(
  ['students', 'parents']
    .flatMap((kind) => {
      const who = kind === 'students' ? 'is_student' : 'not is_student';
      return [
        `count(*) filter (where ${who}) as ${kind}`,
        `count(*) filter (where ${who} and linked) as ${kind}_linked`,
        `count(*) filter (where ${who} and recent) as ${kind}_recent`,
      ];
    })
    .join(', '),
);

export async function countReadiness(db: Database, organisationIds: readonly string[] | null, since: Date): Promise<ReadinessCount> {
  if (organisationIds?.length === 0) return { classes: [], organisations: [] };
  const inScope = (column: string) =>
    organisationIds
      ? sql`${sql.raw(column)} in (${sql.join(
          organisationIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql`true`;
  const sinceText = since.toISOString();
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
    with students as materialized (
      select a.id as account_id, a.organisation_id, a.class_id, a.person_id, a.last_esia_sign_in_at
      from accounts a
      where a.role = 'student' and a.disabled_at is null and ${inScope('a.organisation_id')}
    ),
    people as materialized (
      select rows.*, l.person_id is not null as linked, coalesce(rows.last_esia_sign_in_at >= ${sinceText}::timestamptz, false) as recent
      from (
        select account_id, organisation_id, class_id, true as is_student, person_id, last_esia_sign_in_at from students
        union all
        select p.id, s.organisation_id, s.class_id, false, p.person_id, p.last_esia_sign_in_at
        from students s
        join parent_child_links pc on pc.child_person_id = s.person_id
        join accounts p on p.person_id = pc.parent_person_id and p.organisation_id = s.organisation_id
          and p.role = 'parent' and p.disabled_at is null
      ) rows
      left join esia_links l on l.person_id = rows.person_id and l.unlinked_at is null
    ),
    by_class as (
      select organisation_id, class_id, ${peopleCounts}
      from (select distinct organisation_id, class_id, is_student, person_id, last_esia_sign_in_at, linked, recent from people) one_per_person
      group by organisation_id, class_id
    ),
    by_organisation as (
      select organisation_id, ${peopleCounts}
      from (select distinct organisation_id, account_id, is_student, linked, recent from people) one_per_account
      group by organisation_id
    ),
    requests_by_class as (
      select organisation_id, class_id, count(*) as open_requests, min(created_at) as oldest
      from access_requests
      where status in ('new', 'in_review') and ${inScope('organisation_id')}
      group by organisation_id, class_id
    ),
    requests_by_organisation as (
      select organisation_id, sum(open_requests) as open_requests, min(oldest) as oldest from requests_by_class group by organisation_id
    )
    select 'class' as level, coalesce(c.organisation_id, r.organisation_id) as organisation_id, o.name as organisation_name,
      coalesce(c.class_id, r.class_id) as class_id, cl.name as class_name, cl.sort_order as class_order,
      coalesce(c.students, 0) as students, coalesce(c.students_linked, 0) as students_linked, coalesce(c.students_recent, 0) as students_recent,
      coalesce(c.parents, 0) as parents, coalesce(c.parents_linked, 0) as parents_linked, coalesce(c.parents_recent, 0) as parents_recent,
      coalesce(r.open_requests, 0) as open_requests, r.oldest
    from by_class c
    full join requests_by_class r on r.organisation_id = c.organisation_id and r.class_id is not distinct from c.class_id
    join organisations o on o.id = coalesce(c.organisation_id, r.organisation_id)
    left join classes cl on cl.id = coalesce(c.class_id, r.class_id)
    union all
    select 'organisation', o.id, o.name, null, null, null,
      coalesce(c.students, 0), coalesce(c.students_linked, 0), coalesce(c.students_recent, 0),
      coalesce(c.parents, 0), coalesce(c.parents_linked, 0), coalesce(c.parents_recent, 0),
      coalesce(r.open_requests, 0), r.oldest
    from organisations o
    left join by_organisation c on c.organisation_id = o.id
    left join requests_by_organisation r on r.organisation_id = o.id
    where ${inScope('o.id')}
    order by level, organisation_name, organisation_id, class_order nulls last, class_name nulls last
  `,
  );
  const count: ReadinessCount = { classes: [], organisations: [] };
  for (const row of rows) {
    const { classId, className, ...organisation } = readinessPlaceOf(row);
    const counts = readinessCountsOf(row);
    if (row.level === 'organisation') count.organisations.push({ ...organisation, ...counts });
    else count.classes.push({ ...organisation, classId, className, ...counts });
  }
  return count;
}
