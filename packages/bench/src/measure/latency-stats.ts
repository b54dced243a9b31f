/** Nearest-rank percentile (`fraction` in 0..1) of the samples; NaN when there are none. */
export function percentile(samples: readonly number[], fraction: number): number {
  return percentileOfSorted(
    [...samples].sort((a, b) => a - b),
    fraction,
  );
}

function percentileOfSorted(sortedAscending: readonly number[], fraction: number): number {
  if (sortedAscending.length === 0) return Number.NaN;
  return sortedAscending[Math.min(sortedAscending.length, Math.max(1, Math.ceil(fraction * sortedAscending.length))) - 1]!;
}

export function mean(samples: readonly number[]): number {
  return samples.length === 0 ? Number.NaN : samples.reduce((sum, value) => sum + value, 0) / samples.length;
}

/** Latency figures of one measured series, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function summariseLatencies(latenciesMs: readonly number[]): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentileOfSorted(sorted, 0.5),
    p90: percentileOfSorted(sorted, 0.9),
    p99: percentileOfSorted(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: mean(sorted),
  };
}

/** Rounds for the report: enough digits to compare runs, not more. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Runs `operation` once and returns how long it took, in milliseconds, with what it returned. */
export async function timed<T>(operation: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await operation();
  return { ms: performance.now() - started, value };
}
