import type { ScenarioResult } from '../scenario';
import { formatNumber, formatTable } from './text-table';

function metSymbol(met: boolean | undefined): string {
  if (met === undefined) return '';
  return met ? 'yes' : 'NO';
}

/** One line per metric: scenario, metric, value, unit, baseline, ratio, target, met. */
export function formatResultsTable(results: readonly ScenarioResult[]): string {
  const rows = results.flatMap((result) =>
    result.metrics.map((metric) => [
      result.scenario,
      metric.label,
      formatNumber(metric.value),
      metric.unit,
      metric.baseline ? `${formatNumber(metric.baseline.value)} (${metric.baseline.label})` : '',
      metric.ratio === undefined ? '' : `${formatNumber(metric.ratio)}×`,
      metric.target ?? '',
      metSymbol(metric.met),
    ]),
  );
  return formatTable(['scenario', 'metric', 'value', 'unit', 'baseline', 'ratio', 'target', 'met'], rows);
}

/** Each scenario's notes (plans, explanations of missed targets) under its name. */
export function formatNotes(results: readonly ScenarioResult[]): string {
  return results
    .filter((result) => result.notes.length > 0)
    .map((result) => [`## ${result.scenario}`, ...result.notes.map((note) => `- ${note}`)].join('\n'))
    .join('\n\n');
}
