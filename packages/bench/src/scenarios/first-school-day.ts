import { driveParentalConsent } from '@vhod/esia-sim';
import { queryRows } from '@vhod/db';
import { sql } from 'drizzle-orm';
import { startApiHost, type ApiHost } from '../http/api-host/api-host';
import { runClosedLoop } from '../http/closed-loop';
import { ensureDemoPeople } from '../http/demo-people';
import { sampleBusyConnections } from '../http/first-school-day/busy-connections';
import {
  firstVisitCitizens,
  forgetFirstVisit,
  playFirstVisit,
  type FamilyCitizen,
  type FirstVisitOutcome,
} from '../http/first-school-day/family-flows';
import { describeLoad, type LoadSettings } from '../http/load-settings';
import { signInThroughEsia } from '../http/sign-in/sign-in-through-esia';
import { familyAddress } from '../http/sign-in/start-from-address';
import { machineNote } from '../http/machine-note';
import { formatBreakdown } from '../measure/cpu-profile';
import { round, summariseLatencies } from '../measure/latency-stats';
import type { BenchContext, BenchMetric, BenchScale, Scenario } from '../scenario';

/** The morning of the first school day: this share of the region's parents and students sign in within these two hours… */
const peak = {
  share: 0.5,
  windowSeconds: 2 * 3600,
  /** …not evenly: the busiest minutes see this many times the average rate. */
  burstFactor: 2,
  /** Cores sized for this utilisation at the burst, so latency stays flat. */
  cpuUtilisation: 0.7,
  /** Connections sized for this many times the mean busy count at the burst (they come in clumps). */
  connectionHeadroom: 2,
};
const gostCategory = 'GOST (crypto-gost-js, @vhod/gost)';

const defaultLoad: Record<BenchScale, Omit<LoadSettings, 'concurrency'>> = {
  smoke: { warmupMs: 500, durationMs: 1_500 },
  region: { warmupMs: 3_000, durationMs: 15_000 },
};

interface OutcomeMeasurement {
  outcome: FirstVisitOutcome;
  citizens: number;
  flowsPerSecond: number;
  latencyP50: number;
  apiCpuMs: number;
  gostMs: number | null;
  statements: number;
  connectionMs: number | null;
  failures: number;
  firstFailure: string | null;
  profileNote: string | null;
}

/**
 * The first school day: a share of the region's families sign in for the first time within two
 * hours, with the demo's mix of outcomes (found and consenting; several organisations to choose
 * from; not found). Each outcome is played by its demo citizens (one worker each, every visit a
 * first visit again) against the API and the development ESIA; the API's CPU, SQL statements and
 * database connection time per visit are measured per outcome and weighted by the mix. From these
 * and the region's number of parents and students: the API cores and database connections the
 * morning needs.
 */
export function createFirstSchoolDayScenario(overrides: Partial<Omit<LoadSettings, 'concurrency'>> = {}): Scenario {
  return async (context) => {
    const load = { ...defaultLoad[context.scale], ...overrides };
    const notes: string[] = [machineNote('before')];
    if (await ensureDemoPeople(context.db)) notes.push('Seeded the demo organisations and people (docs/demo-data.md) into the database.');
    const host = await startApiHost(context, { timeEsiaWaits: false });
    try {
      // Minors sign in only after a parent consented at ESIA to the request their first try leaves there: done once, unmeasured.
      for (const citizen of firstVisitCitizens) {
        if (!citizen.consentingParent) continue;
        await signInThroughEsia(host.apiUrl, citizen);
        await driveParentalConsent(host.esiaIssuer, citizen.consentingParent);
      }
      const outcomes = ['found', 'several-organisations', 'not-found'] as const;
      const measured: OutcomeMeasurement[] = [];
      for (const outcome of outcomes) {
        const citizens = firstVisitCitizens.filter((citizen) => citizen.outcome === outcome);
        measured.push(await measureOutcome(context, host, outcome, citizens, { ...load, concurrency: citizens.length }));
      }
      notes.push(
        `Load per outcome: ${describeLoad({ ...load, concurrency: 1 }).replace('1 in flight', 'one worker per citizen')}; API hosting: ${host.isolation}. ` +
          `Mix (the demo's families): ${outcomes.map((outcome) => `${outcome} ${firstVisitCitizens.filter((c) => c.outcome === outcome).length}`).join(', ')} of ${firstVisitCitizens.length}.`,
      );
      for (const result of measured) {
        if (result.failures > 0) notes.push(`${result.outcome}: ${result.failures} visits went wrong, first: ${result.firstFailure}`);
        if (result.profileNote) notes.push(`Profile of the API during the ${result.outcome} visits: ${result.profileNote}`);
      }
      const metrics = await sizing(context, measured, notes);
      notes.push(machineNote('after'));
      return { scenario: 'first-school-day', metrics, notes };
    } finally {
      await host.close();
    }
  };
}

export const firstSchoolDayScenario: Scenario = createFirstSchoolDayScenario();

async function measureOutcome(
  context: BenchContext,
  host: ApiHost,
  outcome: FirstVisitOutcome,
  citizens: readonly FamilyCitizen[],
  load: LoadSettings,
): Promise<OutcomeMeasurement> {
  let cpu = 0;
  let statements = 0;
  let sampler: ReturnType<typeof sampleBusyConnections> | null = null;
  let busy: number | null = null;
  let profile: Awaited<ReturnType<ApiHost['stopProfile']>> = null;
  const result = await runClosedLoop({
    ...load,
    operation: async (worker) => {
      const citizen = citizens[worker]!;
      await forgetFirstVisit(context.db, citizen.subject);
      const started = performance.now();
      await playFirstVisit(host.apiUrl, citizen, familyAddress(worker));
      return performance.now() - started;
    },
    onWindowStart: async () => {
      await host.startProfile();
      await host.resetStatementCount();
      cpu = (await host.cpuTimeMs()).api;
      if (context.databaseUrl) sampler = sampleBusyConnections(context.db);
    },
    onWindowEnd: async () => {
      cpu = (await host.cpuTimeMs()).api - cpu;
      statements = await host.statementCount();
      busy = sampler ? await sampler.stop() : null;
      profile = await host.stopProfile(`first-school-day-${outcome}`);
    },
  });
  const visits = Math.max(result.completedInWindow, 1);
  const gostShare =
    (profile as Awaited<ReturnType<ApiHost['stopProfile']>>)?.categories.find((c) => c.name === gostCategory)?.share ?? null;
  return {
    outcome,
    citizens: citizens.length,
    flowsPerSecond: (result.completedInWindow / result.windowMs) * 1000,
    latencyP50: summariseLatencies(result.measured.map((sample) => sample.value)).p50,
    apiCpuMs: cpu / visits,
    gostMs: gostShare === null ? null : (gostShare * cpu) / visits,
    // The window's statements include the ones of visits that began before it: close enough over a window of many visits.
    statements: statements / visits,
    connectionMs: busy === null ? null : (busy * result.windowMs) / visits,
    failures: result.failures,
    firstFailure: result.firstFailure,
    profileNote: profile ? formatBreakdown(profile) : null,
  };
}

async function sizing(context: BenchContext, measured: OutcomeMeasurement[], notes: string[]): Promise<BenchMetric[]> {
  const [people] = await queryRows<{ people: number }>(
    context.db,
    sql`select count(distinct person_id)::int as people from accounts where role in ('parent', 'student') and disabled_at is null`,
  );
  const shareOf = (outcome: FirstVisitOutcome) =>
    firstVisitCitizens.filter((c) => c.outcome === outcome).length / firstVisitCitizens.length;
  const weighted = (value: (m: OutcomeMeasurement) => number | null) => {
    let sum = 0;
    for (const m of measured) {
      const v = value(m);
      if (v === null) return null;
      sum += shareOf(m.outcome) * v;
    }
    return sum;
  };
  const cpuMs = weighted((m) => m.apiCpuMs)!;
  const gostMs = weighted((m) => m.gostMs);
  const connectionMs = weighted((m) => m.connectionMs);
  const statements = weighted((m) => m.statements)!;
  const rate = ((people?.people ?? 0) * peak.share * peak.burstFactor) / peak.windowSeconds;
  const cores = (ms: number) => (rate * ms) / 1000 / peak.cpuUtilisation;
  const failures = measured.reduce((sum, m) => sum + m.failures, 0);
  notes.push(
    `Peak: ${Math.round(peak.share * 100)}% of the region's ${(people?.people ?? 0).toLocaleString('en-US')} parents and students in ${peak.windowSeconds / 3600} hours, ` +
      `the busiest minutes at ${peak.burstFactor}× the mean: ${round(rate, 1)} first visits/s. Cores at ${peak.cpuUtilisation * 100}% utilisation; ` +
      `connections at ${peak.connectionHeadroom}× the mean busy count (Little's law: rate × connection time per visit). ` +
      'ESIA is not counted (it is the state’s); with the production signer (openssl) the client_secret signatures run in child processes: their CPU is the machine’s, not the API process’s.',
  );
  const perOutcome = measured.flatMap((m): BenchMetric[] => [
    {
      label: `${m.outcome}: API CPU per first visit (${m.citizens} citizen${m.citizens > 1 ? 's' : ''})`,
      value: round(m.apiCpuMs, 2),
      unit: 'ms',
    },
    { label: `${m.outcome}: SQL statements per first visit`, value: round(m.statements, 1), unit: 'statements' },
    ...(m.connectionMs === null
      ? []
      : [{ label: `${m.outcome}: database connection time per first visit`, value: round(m.connectionMs, 2), unit: 'ms' }]),
    { label: `${m.outcome}: first visits/s, p50`, value: round(m.flowsPerSecond, 1), unit: `visits/s (p50 ${round(m.latencyP50)} ms)` },
  ]);
  return [
    ...perOutcome,
    { label: 'API CPU per first visit, the demo’s mix', value: round(cpuMs, 2), unit: 'ms' },
    ...(gostMs === null
      ? []
      : [{ label: 'of which GOST (development signer: both signatures; token checks)', value: round(gostMs, 2), unit: 'ms' }]),
    { label: 'SQL statements per first visit, the demo’s mix', value: round(statements, 1), unit: 'statements' },
    { label: 'first-day peak: first visits per second to serve', value: round(rate, 1), unit: 'visits/s' },
    { label: 'API cores the peak needs (as measured, development signer in process)', value: round(cores(cpuMs), 1), unit: 'cores' },
    ...(gostMs === null
      ? []
      : [
          {
            label: 'API cores the peak needs without the in-process GOST signing and checking',
            value: round(cores(cpuMs - gostMs), 1),
            unit: 'cores',
          },
        ]),
    ...(connectionMs === null
      ? []
      : [
          {
            label: 'database connections the peak needs (the API pool, all instances together)',
            value: Math.max(2, Math.ceil((rate * connectionMs * peak.connectionHeadroom) / 1000)),
            unit: 'connections',
          },
        ]),
    {
      label: 'first visits that ended where the citizen’s should (consent, choice of organisation, not found)',
      value: failures,
      unit: 'visits went wrong',
      target: 'none',
      met: failures === 0 && measured.every((m) => m.flowsPerSecond > 0),
    },
  ];
}
