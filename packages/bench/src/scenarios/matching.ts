import {
  accountRolesForSignIn,
  isIdentityDocumentType,
  matchLookupKeys,
  type AccountRole,
  type EsiaPerson,
  type SignInRole,
} from '@vhod/domain';
import { findMatchCandidates, matchCandidatesQuery, persons, queryRows, type Database } from '@vhod/db';
import { eq, sql } from 'drizzle-orm';
import { findSignInCandidates } from '@vhod/api/queries';
import { mean, percentile, timed } from '../measure/latency-stats';
import { explainAnalyze } from '../measure/explain-analyze';
import type { BenchMetric, BenchScale, Scenario } from '../scenario';

interface SampleCard {
  id: string;
  last_name: string;
  first_name: string;
  middle_name: string | null;
  birth_date: string | null;
  gender: 'male' | 'female' | null;
  snils: string | null;
  document_type: string | null;
  document_series: string | null;
  document_number: string | null;
  role: AccountRole;
}

type LookupKind = 'real' | 'namesake' | 'missing';

interface Lookup {
  kind: LookupKind;
  esia: EsiaPerson;
  role: SignInRole;
  /** The card the lookup must find; null when it must find none. */
  expectedPersonId: string | null;
}

const sampleSizes: Record<BenchScale, { real: number; namesakeGroups: number; missing: number; passes: number }> = {
  region: { real: 400, namesakeGroups: 50, missing: 100, passes: 2 },
  smoke: { real: 40, namesakeGroups: 5, missing: 10, passes: 1 },
};
const warmupLookups = 30;

const cardColumns = sql.raw(
  `p.id, p.last_name, p.first_name, p.middle_name, p.birth_date::text as birth_date, p.gender, p.snils, p.document_type, p.document_series, p.document_number,
   (select a.role from accounts a where a.person_id = p.id and a.disabled_at is null order by a.created_at limit 1) as role`,
);

/** A card row as selected; `role` is null when the person has no active account. */
type CardRow = Omit<SampleCard, 'role'> & { role: AccountRole | null } & Record<string, unknown>;

const withActiveAccount = (row: CardRow): row is CardRow & SampleCard => row.role !== null;

/** Cards with something to match by, in a fixed pseudo-random order (md5 of the id), so runs look up the same people. */
async function sampleCards(db: Database, count: number): Promise<SampleCard[]> {
  const rows = await queryRows<CardRow>(
    db,
    sql`select ${cardColumns} from persons p where p.document_key is not null or p.snils is not null order by md5(p.id::text) limit ${count * 2}`,
  );
  return rows.filter(withActiveAccount).slice(0, count);
}

/** Every card of a few groups of full namesakes born the same day: only their documents tell them apart. */
async function sampleNamesakes(db: Database, groups: number): Promise<SampleCard[]> {
  const rows = await queryRows<CardRow>(
    db,
    sql`select ${cardColumns} from persons p
        join (select name_key, birth_date from persons group by name_key, birth_date having count(*) > 1
              order by md5(name_key || birth_date::text) limit ${groups}) twins using (name_key, birth_date)
        where p.document_key is not null or p.snils is not null`,
  );
  return rows.filter(withActiveAccount);
}

function signInRoleOf(role: AccountRole): SignInRole {
  return role === 'parent' || role === 'student' ? role : 'staff';
}

/** What a confirmed ESIA account of the card's owner tells the API: the same name, birth date and documents. */
function esiaPersonOf(card: SampleCard, subject: string): EsiaPerson {
  const documents =
    card.document_type && card.document_number && isIdentityDocumentType(card.document_type)
      ? [{ type: card.document_type, series: card.document_series, number: card.document_number }]
      : [];
  return {
    subject,
    lastName: card.last_name,
    firstName: card.first_name,
    middleName: card.middle_name,
    birthDate: card.birth_date,
    gender: card.gender,
    snils: card.snils,
    documents,
    trusted: true,
    children: [],
  };
}

function lookupsFor(real: SampleCard[], namesakes: SampleCard[], missing: number): Lookup[] {
  // Subjects no card is linked to: every lookup goes past the link check to matching by name and documents.
  let serial = 0;
  const subject = () => {
    serial += 1;
    return `bench-matching-${serial}`;
  };
  const found =
    (kind: LookupKind) =>
    (card: SampleCard): Lookup => ({
      kind,
      esia: esiaPersonOf(card, subject()),
      role: signInRoleOf(card.role),
      expectedPersonId: card.id,
    });
  const absent = real.slice(0, missing).map((card, index): Lookup => {
    const esia = esiaPersonOf(card, subject());
    // Half: a name nobody has; half: a real name with a passport of a region (99) the cards never hold.
    const nobody = index % 2 === 0;
    return {
      kind: 'missing',
      esia: {
        ...esia,
        lastName: nobody ? `Несуществующ${card.gender === 'female' ? 'ая' : 'ий'}` : esia.lastName,
        snils: null,
        documents: [{ type: 'RF_PASSPORT', series: '9999', number: String(100_000 + index) }],
      },
      role: signInRoleOf(card.role),
      expectedPersonId: null,
    };
  });
  return [...real.map(found('real')), ...namesakes.map(found('namesake')), ...absent];
}

function isCorrect(lookup: Lookup, result: Awaited<ReturnType<typeof findSignInCandidates>>): boolean {
  if (lookup.expectedPersonId === null) return result.candidates.length === 0 && !result.ambiguous;
  return (
    !result.ambiguous &&
    result.candidates.length > 0 &&
    result.candidates.every((candidate) => candidate.personId === lookup.expectedPersonId)
  );
}

/**
 * The sign-in lookup as the API runs it (`findSignInCandidates`: the ESIA link check, then the
 * indexed match by name and documents, then the domain rule) for sampled cards, full namesakes
 * born the same day, and people who are not in the region. Baseline: a primary-key lookup of one
 * person (prepared, as the lookup is), measured interleaved with the lookups over the same
 * connection, sequentially.
 */
export const matchingScenario: Scenario = async ({ db, scale }) => {
  const sizes = sampleSizes[scale];
  const real = await sampleCards(db, sizes.real);
  const namesakes = await sampleNamesakes(db, sizes.namesakeGroups);
  const lookups = lookupsFor(real, namesakes, sizes.missing);
  if (lookups.length === 0) throw new Error('no person cards to look up: is the database seeded?');
  const baselineIds = real.map((card) => card.id);

  const match = (lookup: Lookup) => findMatchCandidates(db, { ...matchLookupKeys(lookup.esia), roles: accountRolesForSignIn(lookup.role) });
  // Prepared like the lookups, so the ratio compares the queries, not how they are sent.
  const primaryKeyStatement = db
    .select()
    .from(persons)
    .where(eq(persons.id, sql.placeholder('id')))
    .prepare('bench_person_by_id');
  const primaryKey = (id: string) => primaryKeyStatement.execute({ id });
  // As runs before the prepared statements measured the baseline: to read this run against them.
  const unpreparedPrimaryKey = (id: string) => db.select().from(persons).where(eq(persons.id, id));

  for (const lookup of lookups.slice(0, warmupLookups)) {
    await findSignInCandidates(db, lookup.esia, lookup.role);
    await primaryKey(lookup.expectedPersonId ?? baselineIds[0]!);
  }

  const signIn: number[] = [];
  const matchOnly: number[] = [];
  const baseline: number[] = [];
  const unpreparedBaseline: number[] = [];
  const wrong: Lookup[] = [];
  let iteration = 0;
  for (let pass = 0; pass < sizes.passes; pass += 1) {
    for (const lookup of lookups) {
      // Rotate the order so no measurement always runs right after another one warmed its pages.
      const steps = [
        async () => {
          const { ms, value } = await timed(() => findSignInCandidates(db, lookup.esia, lookup.role));
          signIn.push(ms);
          if (pass === 0 && !isCorrect(lookup, value)) wrong.push(lookup);
        },
        async () => matchOnly.push((await timed(() => match(lookup))).ms),
        async () => baseline.push((await timed(() => primaryKey(baselineIds[iteration % baselineIds.length]!))).ms),
        async () => unpreparedBaseline.push((await timed(() => unpreparedPrimaryKey(baselineIds[iteration % baselineIds.length]!))).ms),
      ];
      for (let step = 0; step < steps.length; step += 1) await steps[(iteration + step) % steps.length]!();
      iteration += 1;
    }
  }

  const p50 = percentile(signIn, 0.5);
  const p99 = percentile(signIn, 0.99);
  const baselineP50 = percentile(baseline, 0.5);
  const baselineP99 = percentile(baseline, 0.99);
  const region = scale === 'region';
  const correctShare = (100 * (lookups.length - wrong.length)) / lookups.length;
  const metrics: BenchMetric[] = [
    {
      label: 'sign-in lookup p50',
      value: p50,
      unit: 'ms',
      baseline: { label: 'PK lookup p50', value: baselineP50 },
      ratio: p50 / baselineP50,
      ...(region ? { target: '≤ 2× PK p50', met: p50 / baselineP50 <= 2 } : {}),
    },
    {
      label: 'sign-in lookup p99',
      value: p99,
      unit: 'ms',
      baseline: { label: 'PK lookup p99', value: baselineP99 },
      ratio: p99 / baselineP99,
      ...(region ? { target: '≤ 2× PK p99', met: p99 / baselineP99 <= 2 } : {}),
    },
    {
      label: 'sign-in lookup p50 against an unprepared primary-key lookup (the baseline of the runs before prepared statements)',
      value: p50,
      unit: 'ms',
      baseline: { label: 'unprepared PK lookup p50', value: percentile(unpreparedBaseline, 0.5) },
      ratio: p50 / percentile(unpreparedBaseline, 0.5),
    },
    {
      label: 'sign-in lookups/s, 1 connection (ratio: share of PK rate, higher is better)',
      value: 1000 / mean(signIn),
      unit: 'lookups/s',
      baseline: { label: 'PK lookups/s', value: 1000 / mean(baseline) },
      ratio: mean(baseline) / mean(signIn),
    },
    {
      label: 'match query alone p99',
      value: percentile(matchOnly, 0.99),
      unit: 'ms',
      baseline: { label: 'PK lookup p99', value: baselineP99 },
      ratio: percentile(matchOnly, 0.99) / baselineP99,
    },
    { label: 'lookups with the right answer', value: correctShare, unit: '%', target: '100%', met: wrong.length === 0 },
  ];

  const count = (kind: LookupKind) => lookups.filter((lookup) => lookup.kind === kind).length;
  const wrongOf = (kind: LookupKind) => wrong.filter((lookup) => lookup.kind === kind).length;
  const notes = [
    `${lookups.length} lookups × ${sizes.passes} passes: ${count('real')} sampled cards (${wrongOf('real')} not found), ` +
      `${count('namesake')} cards of ${sizes.namesakeGroups} groups of full namesakes born the same day (${wrongOf('namesake')} not told apart), ` +
      `${count('missing')} people not in the region (${wrongOf('missing')} wrongly matched). Each lookup is 1 prepared statement (the ESIA link, else the match: findSignInRows); the baseline 1 prepared primary-key lookup.`,
    ...(await explainNotes(
      db,
      lookups.find((lookup) => lookup.kind === 'real' && lookup.esia.snils && lookup.esia.documents.length > 0) ?? lookups[0]!,
    )),
  ];
  return { scenario: 'matching', metrics, notes };
};

/** The match query's plan for one lookup, and whether it stays on indexes. */
async function explainNotes(db: Database, lookup: Lookup): Promise<string[]> {
  const statement = matchCandidatesQuery(db, { ...matchLookupKeys(lookup.esia), roles: accountRolesForSignIn(lookup.role) });
  if (!statement) return ['EXPLAIN skipped: the sampled lookup has no document and no SNILS.'];
  const plan = await explainAnalyze(db, statement);
  const text = plan.join('\n');
  const indexed = /Index (Only )?Scan (using|on) persons_/.test(text) || /Bitmap Index Scan on persons_/.test(text);
  const seqScan = /Seq Scan on persons\b/.test(text);
  const planning = /Planning Time: ([\d.]+) ms/.exec(text)?.[1];
  const execution = /Execution Time: ([\d.]+) ms/.exec(text)?.[1];
  return [
    `Match query uses indexes on persons: ${indexed && !seqScan ? 'yes' : 'NO'}${seqScan ? ' (Seq Scan on persons!)' : ''}. ` +
      `On the server it plans in ${planning} ms and runs in ${execution} ms; the API sends it prepared, so planning is paid once per connection (or not at all once PostgreSQL settles on a generic plan).`,
    `EXPLAIN (ANALYZE, BUFFERS) of the match query (name, document and SNILS given):\n${plan.map((line) => `    ${line}`).join('\n')}`,
  ];
}
