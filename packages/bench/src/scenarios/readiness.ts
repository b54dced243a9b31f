import { organisations, queryRows, type Database } from '@vhod/db';
import { eq, sql, type SQL } from 'drizzle-orm';
import { countReadiness, refreshReadinessSnapshot, snapshotClassRows, snapshotOrganisationRows } from '@vhod/api/queries';
import { percentile, timed } from '../measure/latency-stats';
import { explainAnalyze } from '../measure/explain-analyze';
import type { BenchMetric, BenchScale, Scenario } from '../scenario';

const DAY = 86_400_000;
// As the readiness service asks: ESIA sign-ins of the last 30 days count as recent.
const recentDays = 30;
const runs: Record<BenchScale, number> = { region: 30, smoke: 10 };

/** The organisation with the most active student accounts: the slowest single-organisation dashboard. */
async function largestOrganisation(db: Database): Promise<{ id: string; name: string; students: number }> {
  const [row] = await queryRows<{ id: string; name: string; students: number }>(
    db,
    sql`select o.id, o.short_name as name, count(*)::int as students
        from accounts a join organisations o on o.id = a.organisation_id
        where a.role = 'student' and a.disabled_at is null
        group by o.id, o.short_name order by count(*) desc, o.id limit 1`,
  );
  if (!row) throw new Error('no organisation with students: is the database seeded?');
  return row;
}

/**
 * `runs` timings of `operation`, each preceded by the baseline (a primary-key lookup of the
 * organisation row) on the same connection, after one unmeasured warm-up of both.
 */
async function measureAgainstBaseline(operation: () => Promise<unknown>, baseline: () => Promise<unknown>, count: number) {
  await baseline();
  await operation();
  const values: number[] = [];
  const baselines: number[] = [];
  for (let run = 0; run < count; run += 1) {
    baselines.push((await timed(baseline)).ms);
    values.push((await timed(operation)).ms);
  }
  return { values, baselines };
}

function latencyMetrics(
  what: string,
  measured: { values: number[]; baselines: number[] },
  target: { text: string; ms: number } | null,
): BenchMetric[] {
  return ([0.5, 0.99] as const).map((fraction) => {
    const name = fraction === 0.5 ? 'p50' : 'p99';
    const value = percentile(measured.values, fraction);
    const baseline = percentile(measured.baselines, fraction);
    return {
      label: `${what} ${name}`,
      value,
      unit: 'ms',
      baseline: { label: `PK lookup ${name}`, value: baseline },
      ratio: value / baseline,
      ...(target && fraction === 0.99 ? { target: target.text, met: value < target.ms } : {}),
    };
  });
}

/** The statement `countReadiness` sends, caught by a stand-in `execute` (so EXPLAIN runs the API's own SQL). */
async function readinessStatement(db: Database, organisationIds: string[] | null, since: Date): Promise<SQL> {
  let statement: SQL | undefined;
  const catching = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'execute') return Reflect.get(target, property, receiver);
      return async (query: SQL) => {
        statement = query;
        return [];
      };
    },
  });
  await countReadiness(catching, organisationIds, since);
  if (!statement) throw new Error('countReadiness sent no statement');
  return statement;
}

/**
 * The readiness dashboard as staff open it: it reads the snapshot the API recounts every few
 * minutes — one organisation's classes, and the whole region by organisation (and by class).
 * The recount itself (`refreshReadinessSnapshot`: the live aggregates over the region) is timed
 * too, with the plan of its class-level statement, since it is what the database pays for.
 */
export const readinessScenario: Scenario = async ({ db, scale }) => {
  const since = new Date(Date.now() - recentDays * DAY);
  const largest = await largestOrganisation(db);
  const baseline = () => db.select().from(organisations).where(eq(organisations.id, largest.id));
  const region = scale === 'region';

  // Three recounts, the median judged: one pass on a shared machine is at the mercy of its neighbours.
  const recounts: number[] = [];
  for (let pass = 0; pass < 3; pass += 1) recounts.push((await timed(() => refreshReadinessSnapshot(db, new Date(), recentDays))).ms);
  const recount = { ms: percentile(recounts, 0.5) };

  let organisationRows = 0;
  const one = await measureAgainstBaseline(
    async () => (organisationRows = (await snapshotClassRows(db, [largest.id])).length),
    baseline,
    runs[scale],
  );
  let regionRows = 0;
  const whole = await measureAgainstBaseline(
    async () => (regionRows = (await snapshotOrganisationRows(db, null)).length + (await snapshotClassRows(db, null)).length),
    baseline,
    runs[scale],
  );
  const live = await measureAgainstBaseline(async () => countReadiness(db, [largest.id], since), baseline, runs[scale]);

  // As the recount runs it (readiness-snapshot.ts): without JIT, with the work_mem its aggregates fit in.
  const plan = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '256MB'`);
    return explainAnalyze(tx, await readinessStatement(tx, null, since));
  });
  const metrics = [
    ...latencyMetrics('one organisation (dashboard)', one, region ? { text: 'p99 < 100 ms', ms: 100 } : null),
    ...latencyMetrics('whole region (dashboard)', whole, region ? { text: 'p99 < 1 s', ms: 1000 } : null),
    ...latencyMetrics('one organisation counted live', live, null),
    {
      label: 'recount of the whole region, median of 3 (every 5 min, in the background, one instance at a time)',
      value: recount.ms,
      unit: 'ms',
      ...(region ? { target: '≤ 5 s', met: recount.ms <= 5_000 } : {}),
    },
  ];
  const notes = [
    `One organisation: ${largest.name}, the largest (${largest.students} active student accounts), ${organisationRows} class rows, ${runs[scale]} runs. ` +
      `Whole region: ${regionRows} rows (organisations + classes). Baseline: the organisation's row by primary key, before each run. ` +
      `Recounts: ${recounts.map((ms) => `${Math.round(ms)} ms`).join(', ')}.`,
    `EXPLAIN (ANALYZE, BUFFERS) of the recount's statement (both levels, the whole region):\n${plan.map((line) => `    ${line}`).join('\n')}`,
  ];
  return { scenario: 'readiness', metrics, notes };
};
