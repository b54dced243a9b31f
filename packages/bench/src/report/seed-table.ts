import type { SeedReport } from '../seed/index';
import { formatNumber, formatTable } from './text-table';

/** The seed's timing: rows and rows per second per table, then generation, load and VACUUM ANALYZE. */
export function formatSeedReport(report: SeedReport): string {
  const table = formatTable(
    ['table', 'rows', 'seconds', 'rows/s'],
    report.tables.map((row) => [row.table, row.rows, row.seconds, Math.round(row.rowsPerSecond)]),
  );
  const rows = report.tables.reduce((sum, row) => sum + row.rows, 0);
  const summary =
    `Seeded ${report.scale} (${report.method}, data as of ${report.anchor.slice(0, 10)}): ${formatNumber(rows)} rows in ${formatNumber(report.totalSeconds)} s — ` +
    `generate ${formatNumber(report.generateSeconds)} s, load ${formatNumber(report.loadSeconds)} s (${formatNumber(Math.round(rows / report.loadSeconds))} rows/s), ` +
    `vacuum analyze ${formatNumber(report.vacuumAnalyzeSeconds)} s.`;
  return [table, summary, ...report.notes].join('\n');
}
