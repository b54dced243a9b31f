import type { Database } from '@vhod/db';

/** How big a run is: `smoke` is the small CI run that keeps the code alive, `region` the real one. */
export type BenchScale = 'smoke' | 'region';

/** One measured number. A ratio is always against a baseline measured in the same run. */
export interface BenchMetric {
  label: string;
  value: number;
  unit: string;
  /** The same-run baseline this metric is compared with, in the same unit. */
  baseline?: { label: string; value: number };
  /** value / baseline.value (or its inverse where higher is better: say which in `label`). */
  ratio?: number;
  /** The target in words, e.g. "p99 < 5 ms and ≤ 3× baseline". */
  target?: string;
  /** Whether the target is met; undefined when the metric has no target. */
  met?: boolean;
}

export interface ScenarioResult {
  scenario: string;
  metrics: BenchMetric[];
  /** Query plans, explanations of a missed target, anything a reader of the report needs. */
  notes: string[];
}

export interface BenchContext {
  scale: BenchScale;
  /** The seeded database (PostgreSQL when DATABASE_URL is set; PGlite only for the smoke run). */
  db: Database;
  /** Connection string of that database, when it is a PostgreSQL server (HTTP scenarios start an API on it). */
  databaseUrl: string | null;
}

export type Scenario = (context: BenchContext) => Promise<ScenarioResult>;
