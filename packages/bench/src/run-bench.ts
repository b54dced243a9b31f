import { cpus, loadavg } from 'node:os';
import { openBenchDatabase } from './bench-database';
import { readCliOptions } from './cli-options';
import { formatNotes, formatResultsTable } from './report/results-table';
import { writeResultsFile } from './report/results-file';
import { formatSeedReport } from './report/seed-table';
import type { BenchContext, Scenario, ScenarioResult } from './scenario';
import { firstSchoolDayScenario } from './scenarios/first-school-day';
import { frontendWeightScenario } from './scenarios/frontend-weight';
import { matchingScenario } from './scenarios/matching';
import { readinessScenario } from './scenarios/readiness';
import { signInThroughputScenario } from './scenarios/sign-in-throughput';
import { staffQueueScenario } from './scenarios/staff-queue';

// `pnpm bench [--scale smoke|region] [--scenario a,b] [--check]`: seeds (or reuses) the bench database,
// runs the scenarios in order, prints the table and writes bench-results/<timestamp>.json and latest.json.
// The exit code is 1 when a scenario failed, and with --check also when a target was missed.
const scenarios: Array<[name: string, scenario: Scenario]> = [
  ['matching', matchingScenario],
  ['readiness', readinessScenario],
  ['sign-in', signInThroughputScenario],
  ['staff-queue', staffQueueScenario],
  ['first-school-day', firstSchoolDayScenario],
  ['frontend-weight', frontendWeightScenario],
];

const startedAt = new Date();
const loadAtStart = loadavg()[0]!;
const options = readCliOptions();
const unknown = options.only?.filter((name) => !scenarios.some(([known]) => known === name)) ?? [];
if (unknown.length > 0) throw new Error(`no scenario ${unknown.join(', ')}; there are ${scenarios.map(([name]) => name).join(', ')}`);
const chosen = scenarios.filter(([name]) => options.only === null || options.only.includes(name));
console.log(`${options.banner} Load average ${loadAtStart.toFixed(2)} on ${cpus().length} CPUs.`);
const database = await openBenchDatabase({ scale: options.scale, serverUrl: options.serverUrl, forceSeed: false, name: options.database });
const results: ScenarioResult[] = [];
let failures = 0;
try {
  for (const line of database.log) console.log(line);
  if (database.seed) console.log(formatSeedReport(database.seed));

  const context: BenchContext = { scale: options.scale, db: database.handle.db, databaseUrl: database.databaseUrl };
  for (const [name, scenario] of chosen) {
    const started = performance.now();
    console.log(`\n▶ ${name}…`);
    try {
      results.push(await scenario(context));
      console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      // One broken scenario must not hide the others' numbers; the exit code still reports it.
      failures += 1;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      results.push({ scenario: name, metrics: [], notes: [`FAILED: ${message}`] });
      console.log(`  FAILED: ${message}`);
    }
  }
} finally {
  await database.handle.close();
}

console.log(`\n${formatResultsTable(results)}\n\n${formatNotes(results)}\n`);
const file = await writeResultsFile(
  {
    scale: options.scale,
    startedAt,
    finishedAt: new Date(),
    database: { kind: database.handle.kind, server: database.databaseUrl && new URL(database.databaseUrl).host },
    seed: database.seed,
    seedLog: database.log,
    loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0]! },
    results,
  },
  options.out ?? undefined,
);
console.log(`Results: ${file} (and latest.json beside it). Load average now ${loadavg()[0]!.toFixed(2)}.`);
const missed = results.flatMap((result) =>
  result.metrics.filter((metric) => metric.met === false).map((metric) => `${result.scenario}: ${metric.label}`),
);
if (missed.length > 0) console.log(`Targets missed: ${missed.join('; ')}`);
if (options.check && missed.length > 0) console.log('--check: exiting with 1 because a target was missed.');
process.exitCode = failures > 0 || (options.check && missed.length > 0) ? 1 : 0;
