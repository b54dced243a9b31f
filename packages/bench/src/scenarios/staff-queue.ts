import type { BenchMetric, BenchScale, Scenario, ScenarioResult } from '../scenario';
import { startApiHost, type ApiHost } from '../http/api-host/api-host';
import { helloOperation, startBareYoga } from '../http/api-host/bare-yoga-host';
import { formatBreakdown } from '../measure/cpu-profile';
import { ensureDemoPeople } from '../http/demo-people';
import { round } from '../measure/latency-stats';
import { describeLoad, loadSettingsFor, type LoadSettings } from '../http/load-settings';
import { machineNote } from '../http/machine-note';
import { measureOperation, type OperationLoadResult } from '../http/staff-queue/measure-operation';
import { staffQueueOperation, trivialOperation } from '../http/staff-queue/queue-operation';
import { ensureQueueRequests } from '../http/staff-queue/queue-fixture';
import { findQueueStaff, type QueueStaffMember } from '../http/staff-queue/queue-staff';
import { createStaffSession } from '../http/staff-queue/staff-session';
import { countQueueStatements, type PageStatementCount } from '../http/staff-queue/statement-counts';

const defaultLoad: Record<BenchScale, LoadSettings> = {
  smoke: { concurrency: 16, warmupMs: 500, durationMs: 1_500 },
  region: { concurrency: 16, warmupMs: 3_000, durationMs: 15_000 },
};
/** The page the issue measures; the console itself asks for 25 and then «Показать ещё». */
const pageSize = 50;
const statementPageSizes = [10, 25, 50] as const;
const targetShare = 0.4;

/**
 * The staff console's queue page (its exact GraphQL operation, 50 requests with applicant,
 * child, class and organisation) under concurrent load, against the cheapest query the console
 * sends, on the same server, in the same run, at the same concurrency and with the same session.
 */
export function createStaffQueueScenario(overrides: Partial<LoadSettings> = {}): Scenario {
  return async (context) => {
    const load = loadSettingsFor(context.scale, defaultLoad, overrides);
    const notes: string[] = [machineNote('before')];
    if (await ensureDemoPeople(context.db)) notes.push('Seeded the demo organisations and people (docs/demo-data.md) into the database.');
    const staff = await findQueueStaff(context.db);
    const added = await ensureQueueRequests(context.db, staff.administrator);
    if (added > 0)
      notes.push(
        `The administrator's organisation had fewer than ${pageSize + 1} requests: added ${added} synthetic ones (numbers 1999-…).`,
      );

    const host = await startApiHost(context, { timeEsiaWaits: false });
    try {
      notes.push(`Load: ${describeLoad(load)}; API hosting: ${host.isolation}.`);
      const members = [staff.administrator, ...(staff.regional ? [staff.regional] : [])];
      const tokens = new Map<QueueStaffMember, string>();
      for (const member of members) tokens.set(member, await createStaffSession(context.db, member));

      const metrics: BenchMetric[] = [];
      for (const member of members)
        metrics.push(...statementMetrics(member, await countQueueStatements(host, tokens.get(member)!, statementPageSizes), notes));

      const hello = await measureBareYoga(load);
      reportFailures('bare Yoga hello', hello, notes);
      const baseline = await measureOperation(host, tokens.get(staff.administrator)!, trivialOperation, load, 'trivial-query');
      reportFailures('trivial query', baseline, notes);
      metrics.push(
        {
          label: 'anchor: bare GraphQL Yoga { hello } on this machine, requests/s (ratio: trivial query ÷ hello)',
          value: round(hello.requestsPerSecond, 1),
          unit: 'req/s',
          baseline: { label: 'trivial GraphQL query of the API', value: round(baseline.requestsPerSecond, 1) },
          ratio: round(baseline.requestsPerSecond / hello.requestsPerSecond, 3),
        },
        { label: 'anchor: bare GraphQL Yoga { hello }, CPU per request', value: round(hello.apiCpuMsPerRequest, 3), unit: 'ms' },
        { label: 'trivial GraphQL query (baseline): requests/s', value: round(baseline.requestsPerSecond, 1), unit: 'req/s' },
        { label: 'trivial GraphQL query (baseline): p99', value: round(baseline.latency.p99), unit: 'ms' },
      );
      for (const [what, result] of [
        ['bare Yoga { hello }', hello],
        ['trivial query', baseline],
      ] as const) {
        if (result.profile) notes.push(`Profile of the ${what}: ${formatBreakdown(result.profile)}`);
      }
      const queues: OperationLoadResult[] = [];
      for (const member of members) {
        const queue = await measureOperation(
          host,
          tokens.get(member)!,
          staffQueueOperation(pageSize),
          load,
          `queue-${member.label.replaceAll(' ', '-')}`,
        );
        queues.push(queue);
        reportFailures(`queue of the ${member.label}`, queue, notes);
        metrics.push(...queueMetrics(member, queue, baseline, host, context.scale));
        if (queue.profile) notes.push(`Profile of the ${member.label}'s queue (${pageSize} rows): ${formatBreakdown(queue.profile)}`);
      }
      const failed = [hello, baseline, ...queues].reduce((sum, result) => sum + result.failures, 0);
      metrics.push({
        label: 'requests that failed (hello, trivial query, queues)',
        value: failed,
        unit: 'requests',
        target: 'none',
        met: failed === 0,
      });
      notes.push(machineNote('after'));
      return { scenario: 'staff-queue', metrics, notes } satisfies ScenarioResult;
    } finally {
      await host.close();
    }
  };
}

export const staffQueueScenario: Scenario = createStaffQueueScenario();

function queueMetrics(
  member: QueueStaffMember,
  queue: OperationLoadResult,
  baseline: OperationLoadResult,
  host: ApiHost,
  scale: BenchScale,
): BenchMetric[] {
  const share = queue.requestsPerSecond / baseline.requestsPerSecond;
  const name = `staff queue (${pageSize} rows, ${member.label})`;
  return [
    {
      label: `${name}: requests/s (ratio: queue ÷ trivial, higher is better)`,
      value: round(queue.requestsPerSecond, 1),
      unit: 'req/s',
      baseline: { label: 'trivial GraphQL query', value: round(baseline.requestsPerSecond, 1) },
      ratio: round(share, 3),
      // A ratio of throughputs means something only over the region's data and a real window.
      ...(scale === 'region'
        ? { target: `≥ ${targetShare * 100}% of the trivial query's requests/s`, met: queue.failures === 0 && share >= targetShare }
        : {}),
    },
    {
      label: `${name}: p99 (ratio: queue ÷ trivial, lower is better)`,
      value: round(queue.latency.p99),
      unit: 'ms',
      baseline: { label: 'trivial GraphQL query p99', value: round(baseline.latency.p99) },
      ratio: round(queue.latency.p99 / baseline.latency.p99, 2),
    },
    { label: `${name}: p50`, value: round(queue.latency.p50), unit: 'ms' },
    {
      label: `${name}: ${host.isolation === 'separate-processes' ? 'API process' : 'whole process (API, ESIA, load, database)'} CPU per request`,
      value: round(queue.apiCpuMsPerRequest, 3),
      unit: 'ms',
      baseline: { label: 'trivial GraphQL query', value: round(baseline.apiCpuMsPerRequest, 3) },
      ratio: round(queue.apiCpuMsPerRequest / baseline.apiCpuMsPerRequest, 2),
    },
  ];
}

function statementMetrics(member: QueueStaffMember, counts: PageStatementCount[], notes: string[]): BenchMetric[] {
  const constant = counts.every((count) => count.statements === counts[0]!.statements);
  const first = counts[0]!;
  const last = counts.at(-1)!;
  if (!constant) {
    const perRow = (last.statements - first.statements) / Math.max(last.rows - first.rows, 1);
    notes.push(
      `N+1: the ${member.label}'s queue sends ${counts.map((count) => `${count.statements} statements for ${count.rows} rows`).join(', ')} ` +
        `(about ${round(perRow, 1)} more per row): per-row resolvers of StaffAccessRequest query the database.`,
    );
  }
  if (last.rows < last.pageSize) notes.push(`The ${member.label} sees only ${last.rows} requests: the largest page was not full.`);
  return counts.map((count) => ({
    label: `statements per queue request (first: ${count.pageSize}, ${count.rows} rows, ${member.label})`,
    value: count.statements,
    unit: 'statements',
    baseline: { label: `first: ${first.pageSize}`, value: first.statements },
    ratio: round(count.statements / first.statements, 2),
    target: 'the same for every page size (no N+1)',
    met: constant,
  }));
}

/** The anchor: a bare Yoga server in its own process, at the same load as the API's requests. */
async function measureBareYoga(load: LoadSettings): Promise<OperationLoadResult> {
  const yoga = await startBareYoga();
  try {
    return await measureOperation(yoga, undefined, helloOperation, load, 'bare-yoga-hello');
  } finally {
    await yoga.close();
  }
}

function reportFailures(what: string, result: OperationLoadResult, notes: string[]): void {
  if (result.failures > 0) notes.push(`${what}: ${result.failures} requests failed, first: ${result.firstFailure}`);
}
