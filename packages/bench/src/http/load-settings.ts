import type { BenchScale } from '../scenario';

export interface LoadSettings {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

/** Smoke runs only keep the code alive (a CI test runs them); region runs are the measurement. */
export function loadSettingsFor(
  scale: BenchScale,
  defaults: Record<BenchScale, LoadSettings>,
  overrides: Partial<LoadSettings> = {},
): LoadSettings {
  return { ...defaults[scale], ...overrides };
}

export function describeLoad({ concurrency, warmupMs, durationMs }: LoadSettings): string {
  return `${concurrency} in flight, ${warmupMs / 1000} s warm-up, ${durationMs / 1000} s measured`;
}
